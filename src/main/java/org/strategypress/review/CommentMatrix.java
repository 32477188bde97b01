package org.strategypress.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The comments-response matrix reviews are managed with, as CSV or Excel (.xlsx): one row per comment with its
 * paragraph number, location, excerpt, reviewer, date, kind, comment, and the response and decision columns the
 * writing team fills in. Written again over a filled-in matrix, it keeps every response and decision of a comment
 * that is still there (a comment is known by its reviewed file, kind, reviewer, date and text).
 */
public final class CommentMatrix {

    static final List<String> COLUMNS = List.of("number", "location", "excerpt", "reviewer", "date", "kind", "comment",
            "reviewed file", "response", "decision");
    private static final int RESPONSE = COLUMNS.indexOf("response");
    private static final int DECISION = COLUMNS.indexOf("decision");

    static {
        PoiLimits.apply();
    }

    private CommentMatrix() {
    }

    /** One row: the cells in {@link #COLUMNS} order. */
    record Row(List<String> cells) {
        String key() {
            return String.join("\u0000", cells.get(7), cells.get(5), cells.get(3), cells.get(4), cells.get(6));
        }
    }

    /**
     * Writes {@code file} (.csv or .xlsx) for {@code comments}, whose locations {@code locations} gives in the same
     * order; responses and decisions already in {@code file} are kept.
     */
    public static void write(Path file, List<ReviewComment> comments, List<String> locations, SourceMap map) throws IOException {
        Map<String, Row> before = new HashMap<>();
        if (Files.isRegularFile(file)) for (Row r : read(file)) before.put(r.key(), r);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            ReviewComment c = comments.get(i);
            String excerpt = !c.quoted().isEmpty() ? c.quoted()
                    : c.number() == null ? "" : map.paragraph(c.number()).map(SourceMap.Paragraph::text).orElse("");
            List<String> cells = new ArrayList<>(List.of(c.number() == null ? "" : c.number(), locations.get(i),
                    excerpt.length() > 200 ? excerpt.substring(0, 199) + "…" : excerpt, c.author(), c.date(), c.kind(),
                    c.text(), c.file(), "", ""));
            Row old = before.get(new Row(cells).key());
            if (old != null) {
                cells.set(RESPONSE, old.cells().get(RESPONSE));
                cells.set(DECISION, old.cells().get(DECISION));
            }
            rows.add(new Row(cells));
        }
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".matrix-", ".tmp");
        try {
            if (isExcel(file)) writeXlsx(tmp, rows);
            else Files.writeString(tmp, csv(rows), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The rows of a matrix file, header left out. */
    static List<Row> read(Path file) throws IOException {
        return isExcel(file) ? readXlsx(file) : readCsv(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static boolean isExcel(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    private static String csv(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        line(b, COLUMNS);
        for (Row r : rows) line(b, r.cells());
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) b.append(',');
            String c = cells.get(i);
            // a cell starting with = + - @ would run as a formula in a spreadsheet: quote it as text
            if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0) c = "'" + c;
            b.append('"').append(c.replace("\"", "\"\"")).append('"');
        }
        b.append("\r\n");
    }

    static List<Row> readCsv(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean header = true;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') quoted = false;
                else cell.append(ch);
            } else if (ch == '"') quoted = true;
            else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                cells.add(cell.toString());
                cell.setLength(0);
                if (!header) rows.add(padded(cells));
                header = false;
                cells = new ArrayList<>();
            } else cell.append(ch);
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            if (!header) rows.add(padded(cells));
        }
        return rows;
    }

    private static Row padded(List<String> cells) {
        List<String> c = new ArrayList<>(cells);
        for (int i = 0; i < c.size(); i++) if (c.get(i).startsWith("'") && c.get(i).length() > 1 && "=+-@".indexOf(c.get(i).charAt(1)) >= 0) c.set(i, c.get(i).substring(1));
        while (c.size() < COLUMNS.size()) c.add("");
        return new Row(c.subList(0, COLUMNS.size()));
    }

    private static void writeXlsx(Path file, List<Row> rows) throws IOException {
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Comments");
            org.apache.poi.ss.usermodel.Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) head.createCell(i).setCellValue(COLUMNS.get(i));
            for (int r = 0; r < rows.size(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r).cells();
                for (int i = 0; i < cells.size(); i++) row.createCell(i).setCellValue(cells.get(i));
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
        }
    }

    private static List<Row> readXlsx(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (row.getRowNum() == 0) continue;
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < COLUMNS.size(); i++) {
                    Cell c = row.getCell(i);
                    cells.add(c == null ? "" : f.formatCellValue(c));
                }
                rows.add(new Row(cells));
            }
        } catch (RuntimeException e) {
            throw new IOException("not a matrix this tool can read: " + e.getMessage(), e);
        }
        return rows;
    }
}

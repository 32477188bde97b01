package org.strategypress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategypress.monitoring.Status;
import org.strategypress.monitoring.StatusReport;

/**
 * One status vocabulary for milestones and KPIs, in the site's and the print CSS: each status word is styled by one
 * rule, its text colour reads at 7:1 or more on its background, and its border style (not its colour alone) tells the
 * level: solid for done and on track, dashed for at risk and behind, double for late and off track, dotted for the rest.
 */
class StatusStylesTest {

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");

    private static Set<String> words() {
        Set<String> w = new LinkedHashSet<>(StatusReport.MILESTONE_STATES);
        for (Status s : Status.values()) w.add(s.code());
        w.add(StatusReport.NO_ACTUALS);
        return w;
    }

    @ParameterizedTest
    @ValueSource(strings = {"templates/site/site.css", "templates/print/blocks.css"})
    void eachStatusWordHasOneRuleReadableAndTellingItsLevelByBorderStyle(String file) throws IOException {
        String css = Files.readString(Path.of(file), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> failures = new ArrayList<>();
        for (String word : words()) {
            List<String> bodies = new ArrayList<>();
            Matcher m = RULE.matcher(css);
            while (m.find())
                for (String sel : m.group(1).split(","))
                    if (sel.trim().equals(".status-" + word)) bodies.add(m.group(2));
            if (bodies.size() != 1) {
                failures.add(word + ": " + bodies.size() + " rules");
                continue;
            }
            String body = bodies.get(0);
            double ratio = contrast(hex(body, "(?<![-\\w])color"), body.contains("background") ? hex(body, "background") : "#ffffff");
            if (ratio < 7) failures.add(word + ": contrast " + ratio);
            String style = switch (word) {
                case "done", "on-track" -> "solid";
                case "at-risk", "behind" -> "dashed";
                case "late", "off-track" -> "double";
                default -> "dotted";
            };
            if (!style.equals("solid") && !body.contains(style)) failures.add(word + ": no " + style + " border in {" + body + "}");
            if (style.equals("solid") && (body.contains("dashed") || body.contains("dotted") || body.contains("double")))
                failures.add(word + ": border not solid");
        }
        assertEquals(List.of(), failures, file);
        assertTrue(css.matches("(?s).*\\.status \\{[^}]*border: [^;]*solid.*"), "the base .status rule draws the word in a box");
    }

    private static String hex(String body, String property) {
        Matcher m = Pattern.compile(property + ":\\s*(#[0-9a-fA-F]{3,6})").matcher(body);
        assertTrue(m.find(), property + " in {" + body + "}");
        String h = m.group(1).substring(1);
        if (h.length() == 3) h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        return "#" + h;
    }

    /** WCAG 2 contrast ratio of two sRGB colours. */
    private static double contrast(String a, String b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}

package org.strategypress.render.word;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Collections;
import java.util.TimeZone;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * A .docx whose bytes depend on its content and date only. POI stamps every part of the zip with the time it was
 * written, so two builds of the same draft gave different Word files; the parts are copied as they are (no
 * recompression), in the same order, each dated {@code date} as it reads in UTC whatever the machine's time zone.
 */
final class StableZip {

    private StableZip() {
    }

    /** Writes {@code zip} to {@code out} (which stays open) with every entry dated {@code date}. */
    static void write(byte[] zip, Instant date, OutputStream out) throws IOException {
        long utc = date.toEpochMilli();
        // a zip entry's time is the local wall-clock time: shifted so that it reads as the date in UTC on any machine
        long local = utc - TimeZone.getDefault().getOffset(utc);
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            ZipArchiveOutputStream z = new ZipArchiveOutputStream(out);
            for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
                ZipArchiveEntry copy = new ZipArchiveEntry(e.getName());
                copy.setMethod(e.getMethod());
                copy.setSize(e.getSize());
                copy.setCompressedSize(e.getCompressedSize());
                copy.setCrc(e.getCrc());
                copy.setTime(local);
                try (InputStream raw = in.getRawInputStream(e)) {
                    z.addRawArchiveEntry(copy, raw);
                }
            }
            z.finish(); // not closed: that would close out
            z.flush();
        }
    }
}

package org.strategypress.translate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The fingerprint of a source text, as XLIFF carries it: the first 12 hex digits of the SHA-256 of the text. */
final class Fingerprints {

    private Fingerprints() {
    }

    static String of(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** True when {@code s} has the shape of a fingerprint (12 lower-case hex digits). */
    static boolean looksLikeOne(String s) {
        return s.matches("[0-9a-f]{12}");
    }
}

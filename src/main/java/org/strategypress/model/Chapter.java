package org.strategypress.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * A Markdown chapter of a module. {@code body} is the Markdown after the front matter; {@code bodyLine} is the 1-based
 * line of the file where the body starts. A chapter in the source language has its {@code translations} by language
 * (files {@code name.<lang>.md} beside it); a translation has the fingerprint of the source text it was translated
 * from ({@code source:} in its front matter, or null; {@code sourceAt} is where that key is written, else the file's
 * start) and how it was made ({@code translation: machine|human}, or null). {@code titleAt} is where the title is
 * written: its {@code title:} in the front matter, the first heading, else (a title made of the file name) the file.
 */
public record Chapter(String title, int order, String body, int bodyLine, String slug, SourcePosition at,
                      String source, String translatedBy, Map<String, Chapter> translations, SourcePosition sourceAt,
                      SourcePosition titleAt) {

    public Chapter {
        translations = Map.copyOf(translations);
        if (sourceAt == null) sourceAt = at;
        if (titleAt == null) titleAt = at;
    }

    public Chapter(String title, int order, String body, int bodyLine, String slug, SourcePosition at) {
        this(title, order, body, bodyLine, slug, at, null, null, Map.of(), at, at);
    }

    /** The same chapter with these translations. */
    public Chapter withTranslations(Map<String, Chapter> byLanguage) {
        return new Chapter(title, order, body, bodyLine, slug, at, source, translatedBy, byLanguage, sourceAt, titleAt);
    }

    /** This chapter in {@code language}: its translation, else itself. */
    public Chapter in(String language) {
        return translations.getOrDefault(language, this);
    }

    /**
     * The fingerprint a translation's {@code source:} records: the first 12 hex digits of the SHA-256 of the body, line
     * ends as LF and trailing spaces dropped, so that saving with another editor does not make a translation outdated.
     */
    public String fingerprint() {
        StringBuilder b = new StringBuilder(body.length());
        for (String line : body.replace("\r\n", "\n").split("\n", -1)) b.append(line.stripTrailing()).append('\n');
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(b.toString().strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

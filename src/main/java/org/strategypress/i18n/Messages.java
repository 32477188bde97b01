package org.strategypress.i18n;

import org.strategypress.model.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;

/**
 * The templates' own words in one language ("Contents", "page 3 of 65", "Table"), from
 * {@code messages_<language>.properties}: the project's file in its templates' {@code i18n/} folder layered
 * over the one built into the tool, key by key, so a project overrides one word without copying the rest.
 *
 * <p>Files are read as UTF-8 (a file in another encoding is an error, not mojibake). Values are ICU
 * MessageFormat patterns with numbered arguments ({@code {0}}, {@code {1,number}},
 * {@code {0,plural,one{# page} other{# pages}}}); a single apostrophe is plain text. There is no fallback:
 * no other language, no base bundle, no key echoed back. A key the bundle lacks is a
 * {@link MissingMessageException} naming the key and the language.
 *
 * <p>Immutable and thread-safe once loaded.
 */
public final class Messages {

    /** Where the tool's own bundles lie on the class path (the shipped templates folder's {@code i18n/}). */
    public static final String BUILT_IN = "strategy-press/templates/i18n/";
    /** The folder of a templates folder that holds the bundles. */
    public static final String FOLDER = "i18n";

    private final Language language;
    private final Path projectFile;
    private final Map<String, Entry> entries;

    /**
     * One message: its pattern, how many arguments it takes, and its text when it needs no formatting; the ICU
     * formatter of the others is made on first use (making one per key at load would cost more than the render).
     */
    private static final class Entry {
        final String pattern;
        final int arguments;
        final String text;
        private MessageFormat format;

        Entry(String pattern, int arguments, String text) {
            this.pattern = pattern;
            this.arguments = arguments;
            this.text = text;
        }

        synchronized String format(Object[] args, ULocale locale) { // ICU's MessageFormat is not thread-safe
            if (format == null) format = new MessageFormat(pattern, locale);
            return format.format(args);
        }
    }

    private Messages(Language language, Path projectFile, Map<String, Entry> entries) {
        this.language = language;
        this.projectFile = projectFile;
        this.entries = entries;
    }

    /** The bundle file for a language in a templates folder: {@code <templates>/i18n/messages_az.properties}. */
    public static Path fileFor(Path templatesDir, Language language) {
        // no project templates folder: the project file that would override the built-in bundle
        return (templatesDir == null ? Path.of("templates") : templatesDir).resolve(FOLDER).resolve(fileName(language));
    }

    /**
     * The bundle of {@code language} for the templates in {@code templatesDir}: the built-in one with the
     * project's {@code i18n/messages_<language>.properties} over it.
     *
     * @throws MessageException when neither exists, or one cannot be read or has a malformed pattern
     */
    public static Messages load(Path templatesDir, Language language) {
        return load(templatesDir, language, BUILT_IN);
    }

    /** The same with the built-in bundles under another class-path folder (for tests); null: none built in. */
    static Messages load(Path templatesDir, Language language, String builtInFolder) {
        Path file = fileFor(templatesDir, language);
        Properties merged = new Properties();
        boolean found = false;
        if (builtInFolder != null) {
            try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(builtInFolder + fileName(language))) {
                if (in != null) {
                    merged.putAll(read(in.readAllBytes(), language, file, "the built-in bundle"));
                    found = true;
                }
            } catch (IOException e) {
                throw new MessageException(Rule.MESSAGE_BUNDLE, language.tag(), file,
                        "cannot read the built-in message bundle for language '" + language.tag() + "': " + e.getMessage(), e);
            }
        }
        if (Files.isRegularFile(file)) {
            try {
                merged.putAll(read(Files.readAllBytes(file), language, file, shown(file)));
            } catch (IOException e) {
                throw new MessageException(Rule.MESSAGE_BUNDLE, language.tag(), file,
                        "cannot read " + shown(file) + ": " + e.getMessage(), e);
            }
            found = true;
        }
        if (!found)
            throw new MessageException(Rule.MESSAGE_BUNDLE, language.tag(), file, "no message bundle for language '"
                    + language.tag() + "': write " + shown(file) + " with every key of messages_en.properties");
        Map<String, Entry> entries = new TreeMap<>();
        for (String key : merged.stringPropertyNames())
            entries.put(key, compile(key, merged.getProperty(key), language, file));
        return new Messages(language, file, Collections.unmodifiableMap(entries));
    }

    /** The language of these messages. */
    public Language language() {
        return language;
    }

    /** Every key, sorted. */
    public Set<String> keys() {
        return entries.keySet();
    }

    /** True when the bundle has the key. */
    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** How many arguments the key's message takes ({@code {0}} to {@code {n-1}}). */
    public int arguments(String key) {
        return entry(key).arguments;
    }

    /** The message's pattern as written in the bundle. */
    public String pattern(String key) {
        return entry(key).pattern;
    }

    /**
     * The message of {@code key} with its arguments filled in by this language's rules (numbers, plurals).
     *
     * @throws MissingMessageException when the bundle has no such key
     * @throws MessageException when the number of arguments is not the one the message takes
     */
    public String format(String key, Object... args) {
        Entry e = entry(key);
        int given = args == null ? 0 : args.length;
        if (given != e.arguments)
            throw new MessageException(Rule.MESSAGE_ARGUMENTS, language.tag(), projectFile, "message '" + key
                    + "' of language '" + language.tag() + "' takes " + e.arguments + " argument(s), the template gave " + given);
        return e.text != null ? e.text : e.format(args == null ? new Object[0] : args, language.ulocale());
    }

    private Entry entry(String key) {
        Entry e = entries.get(key);
        if (e == null) throw new MissingMessageException(key, language.tag(), projectFile);
        return e;
    }

    private static Entry compile(String key, String pattern, Language language, Path file) {
        try {
            MessagePattern parsed = new MessagePattern(pattern);
            if (parsed.hasNamedArguments())
                throw new IllegalArgumentException("named arguments are not supported, number them {0}, {1}, ...");
            int max = -1;
            for (int i = 0; i < parsed.countParts(); i++) {
                MessagePattern.Part p = parsed.getPart(i);
                if (p.getType() == MessagePattern.Part.Type.ARG_NUMBER) max = Math.max(max, p.getValue());
            }
            if (max >= 0) return new Entry(pattern, max + 1, null);
            // no argument: the text as it reads, quoting ('{', '') resolved by the formatter only where there is any
            boolean plain = pattern.indexOf('\'') < 0 && pattern.indexOf('{') < 0 && pattern.indexOf('}') < 0;
            return new Entry(pattern, 0, plain ? pattern : new MessageFormat(pattern, language.ulocale()).format(new Object[0]));
        } catch (IllegalArgumentException e) {
            throw new MessageException(Rule.MESSAGE_BUNDLE, language.tag(), file, "message '" + key + "' of language '"
                    + language.tag() + "' is not a valid ICU message pattern: " + e.getMessage(), e);
        }
    }

    private static Properties read(byte[] bytes, Language language, Path file, String what) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MessageException(Rule.MESSAGE_BUNDLE, language.tag(), file, what + " is not UTF-8 text", e);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new MessageException(Rule.MESSAGE_BUNDLE, language.tag(), file, what + " cannot be read: " + e.getMessage(), e);
        }
        return p;
    }

    private static String fileName(Language language) {
        return "messages_" + language.code() + ".properties";
    }

    private static String shown(Path file) {
        return file.toString().replace('\\', '/');
    }
}

package org.strategypress.i18n;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * One language of a strategy, named by a BCP 47 tag ({@code en}, {@code az}, {@code az-Latn-AZ}): how its words
 * sort, how they change case, how its numbers and dates are written. All of it comes from ICU4J, that is from
 * CLDR's data for the language, so Azerbaijani sorts {@code a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t
 * u ü v y z}, upper-cases {@code i} to {@code İ} and lower-cases {@code I} to {@code ı}, writes {@code 1.234,5}
 * and {@code 1 dekabr 2026}; the JDK's {@link java.text.Collator} has no Azerbaijani tailoring at all.
 *
 * <p>Hyphenation: none is done automatically (there are no Azerbaijani hyphenation patterns); a soft hyphen
 * ({@link #SOFT_HYPHEN}, U+00AD) written in the text is kept by every method here, and collation ignores it.
 *
 * <p>Instances are immutable and safe to share between threads; {@link #of} returns one per tag.
 */
public final class Language {

    /** U+00AD, the writer's hint where a word may break; kept in text, ignored when sorting. */
    public static final char SOFT_HYPHEN = '\u00AD';

    private static final Map<String, Language> BY_TAG = new ConcurrentHashMap<>();
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final String tag;
    private final ULocale ulocale;
    private final Locale locale;
    /** Made on first use: ICU's collation data takes a good tenth of a second to load the first time. */
    private volatile Collator collator;
    private volatile LocalizedNumberFormatter numbers;

    private Language(String tag, ULocale ulocale) {
        this.tag = tag;
        this.ulocale = ulocale;
        this.locale = ulocale.toLocale();
    }

    private Collator icuCollator() {
        Collator c = collator;
        if (c == null) {
            c = Collator.getInstance(ulocale);
            c.freeze(); // a frozen ICU collator is thread-safe
            collator = c;
        }
        return c;
    }

    private LocalizedNumberFormatter numbers() {
        LocalizedNumberFormatter n = numbers;
        if (n == null) numbers = n = NumberFormatter.withLocale(ulocale); // immutable, thread-safe
        return n;
    }

    /**
     * The language of a BCP 47 tag, such as strategy.yaml's {@code language}.
     *
     * @throws IllegalArgumentException when the tag is empty or not well-formed BCP 47
     */
    public static Language of(String tag) {
        if (tag == null || tag.isBlank()) throw new IllegalArgumentException("no language tag given");
        String t = tag.strip().replace('_', '-');
        try {
            Locale l = new Locale.Builder().setLanguageTag(t).build();
            if (l.getLanguage().isEmpty()) throw new IllformedLocaleException("no language subtag");
            String canonical = l.toLanguageTag();
            return BY_TAG.computeIfAbsent(canonical, k -> new Language(k, ULocale.forLanguageTag(k)));
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("not a BCP 47 language tag: '" + tag + "'", e);
        }
    }

    /** The tag in canonical form: {@code az}, {@code az-Latn-AZ}, {@code en-GB}. */
    public String tag() {
        return tag;
    }

    /** The primary language subtag, lower case: {@code az} for {@code az-Latn-AZ}; names the message bundle. */
    public String code() {
        return ulocale.getLanguage();
    }

    /** The JDK locale (for FreeMarker's {@code ?upper_case}, which the JDK does right for az, tr and lt). */
    public Locale locale() {
        return locale;
    }

    /** ICU's locale, for ICU formatters. */
    public ULocale ulocale() {
        return ulocale;
    }

    // ---------- collation ----------

    /** Compares strings in this language's alphabetical order (CLDR's collation; thread-safe). */
    public Comparator<String> collator() {
        Collator c = icuCollator();
        return c::compare;
    }

    /** Compares things by a text of theirs (a name, a glossary term) in this language's alphabetical order. */
    public <T> Comparator<T> comparing(Function<? super T, String> text) {
        Collator c = icuCollator();
        return (a, b) -> c.compare(text.apply(a), text.apply(b));
    }

    /** A new list of the texts in this language's alphabetical order. */
    public List<String> sorted(Collection<String> texts) {
        List<String> l = new ArrayList<>(texts);
        l.sort(collator());
        return l;
    }

    // ---------- case ----------

    /** Upper case by this language's rules: {@code "istanbul"} is {@code "İSTANBUL"} in az, {@code "ISTANBUL"} in en. */
    public String upper(String s) {
        return UCharacter.toUpperCase(ulocale, s);
    }

    /** Lower case by this language's rules: {@code "IĞDIR"} is {@code "ığdır"} in az, {@code "iğdir"} in en. */
    public String lower(String s) {
        return UCharacter.toLowerCase(ulocale, s);
    }

    /** The first letter in upper case by this language's rules, the rest as written: az {@code "izmir"} is {@code "İzmir"}. */
    public String capitalize(String s) {
        if (s == null || s.isEmpty()) return s;
        int first = s.offsetByCodePoints(0, 1);
        return upper(s.substring(0, first)) + s.substring(first);
    }

    // ---------- numbers ----------

    /** A number as this language writes it: az {@code 1234.5} is {@code "1.234,5"}, en {@code "1,234.5"}. */
    public String formatNumber(Number n) {
        return numbers().format(n).toString();
    }

    /** A decimal with exactly its written fraction digits: az {@code 0.760} is {@code "0,760"}. */
    public String formatNumber(BigDecimal n) {
        return numbers().precision(Precision.fixedFraction(Math.max(0, n.scale()))).format(n).toString();
    }

    /**
     * A number as written in the content ({@code "0.76"}, {@code "1234.5"}, {@code "-3"}) in this language's
     * notation, keeping the fraction digits written; anything that is not a plain number ({@code "n/a"},
     * {@code "≥ 80"}, {@code "76%"}) comes back unchanged.
     */
    public String localizeNumber(String asWritten) {
        if (asWritten == null) return null;
        String s = asWritten.strip();
        if (!PLAIN_NUMBER.matcher(s).matches()) return asWritten;
        return formatNumber(new BigDecimal(s));
    }

    // ---------- dates ----------

    /** A day as this language writes it in running text: az {@code "1 dekabr 2026"}, en {@code "December 1, 2026"}. */
    public String formatDate(LocalDate d) {
        return format("yMMMMd", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** A month of a year: az {@code "dekabr 2026"}, en {@code "December 2026"}. */
    public String formatMonth(YearMonth m) {
        return format("yMMMM", m.getYear(), m.getMonthValue(), 1);
    }

    /**
     * An ISO date as written in the content, {@code YYYY-MM-DD} (a day) or {@code YYYY-MM} (a month), in words;
     * a bare year {@code YYYY} comes back as it is.
     *
     * @throws IllegalArgumentException when the text is none of these
     */
    public String formatIsoDate(String iso) {
        String s = iso == null ? "" : iso.strip();
        try {
            if (s.matches("[0-9]{4}")) return s;
            if (s.matches("[0-9]{4}-[0-9]{2}")) return formatMonth(YearMonth.parse(s));
            return formatDate(LocalDate.parse(s));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY): '" + iso + "'", e);
        }
    }

    private String format(String skeleton, int year, int month, int day) {
        DateFormat f = DateFormat.getInstanceForSkeleton(skeleton, ulocale); // not thread-safe: one per call
        TimeZone utc = TimeZone.getTimeZone("UTC");
        f.setTimeZone(utc);
        Calendar c = Calendar.getInstance(utc, ulocale);
        c.clear();
        c.set(year, month - 1, day);
        return f.format(c.getTime());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Language l && l.tag.equals(tag);
    }

    @Override
    public int hashCode() {
        return tag.hashCode();
    }

    @Override
    public String toString() {
        return tag;
    }
}

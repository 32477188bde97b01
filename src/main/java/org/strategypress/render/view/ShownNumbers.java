package org.strategypress.render.view;

import java.math.BigDecimal;

import org.strategypress.i18n.Language;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.util.NoUnit;

/**
 * Numbers as the reader of one edition reads them, by ICU (CLDR's data for the edition's language): the az
 * edition shows {@code 1.234,5} and {@code %58}, the en edition {@code 1,234.5} and {@code 58%}. This is the one
 * formatter of every number shown as text (costs, scores, weights, KPI values, shares, chart labels); numbers a
 * machine reads (data-* attributes for sorting, SVG coordinates, JSON, CSV, ids, years) never pass here and keep
 * their plain form ({@code 1234.5}).
 *
 * <p>Immutable and thread-safe.
 */
public final class ShownNumbers {

    private final LocalizedNumberFormatter numbers;
    private final LocalizedNumberFormatter percent;

    private ShownNumbers(Language language) {
        this.numbers = language == null ? null : NumberFormatter.withLocale(language.ulocale());
        this.percent = numbers == null ? null : numbers.unit(NoUnit.PERCENT).precision(Precision.integer());
    }

    /**
     * The numbers of the edition in {@code tag} (strategy.yaml's {@code language}, or one of its {@code languages});
     * a tag that is not BCP 47 (reported by the templates' {@code msg}) gets the plain machine form.
     */
    public static ShownNumbers in(String tag) {
        try {
            return new ShownNumbers(Language.of(tag));
        } catch (IllegalArgumentException e) {
            return new ShownNumbers(null);
        }
    }

    /** A value with exactly the fraction digits written or computed: {@code 1.10} is az {@code "1,10"}; "" for null. */
    public String decimal(BigDecimal v) {
        if (v == null) return "";
        if (numbers == null) return v.toPlainString();
        return numbers.precision(Precision.fixedFraction(Math.max(0, v.scale()))).format(v).toString();
    }

    /** An amount without trailing zeros: {@code 12.50} is az {@code "12,5"}, {@code 0.00} is {@code "0"}; "" for null. */
    public String amount(BigDecimal v) {
        if (v == null) return "";
        return decimal(v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros());
    }

    /** A whole number: {@code 20000} is az {@code "20.000"}, en {@code "20,000"}. */
    public String whole(long n) {
        return numbers == null ? Long.toString(n) : numbers.format(n).toString();
    }

    /** A whole percentage, the number given in percent: {@code 58} is az {@code "%58"}, en {@code "58%"}. */
    public String percent(long n) {
        return percent == null ? n + "%" : percent.format(n).toString();
    }

    /**
     * A number as written in text ({@code "0.76"}, {@code "1234.5"}) in the edition's notation, its written fraction
     * digits kept; text that is not a plain number ({@code "3 of 15"}, {@code "2026–2030"}) comes back unchanged.
     */
    public String text(String asWritten) {
        if (asWritten == null || !asWritten.strip().matches("-?[0-9]+(\\.[0-9]+)?")) return asWritten;
        return decimal(new BigDecimal(asWritten.strip()));
    }
}

package org.strategypress.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;

/**
 * Sorting, case, numbers and dates by the language's own rules. The expected orders are written by hand from the
 * Azerbaijani alphabet, a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v y z, not taken from ICU.
 */
class LanguageTest {

    private static final Language AZ = Language.of("az");
    private static final Language EN = Language.of("en");

    /**
     * Written by hand, in Azerbaijani alphabetical order. Each special letter has a word that starts with it, or
     * (ğ, which starts no word) a pair that differs only there: agah, ağac, ahəng.
     */
    private static final List<String> AZ_ORDER = List.of(
            "agah", "ağac", "ahəng", "ana", "araz",   // g < ğ < h
            "bağ",
            "cəmiyyət",
            "çay", "çəkic",                          // c < ç; a < ə
            "dil",
            "elm", "ev",
            "əmək", "ərik",                          // e < ə
            "fəsil",
            "gül",
            "həyat",
            "xalq", "xəritə",                        // x right after h
            "ıldırım", "ılıq",                       // ı before i
            "İnsan", "iş",                           // İ is the capital of i
            "jurnal",
            "kənd", "kitab",                         // ə < i
            "qar", "qələm",                          // q right after k
            "lalə",
            "məktəb",
            "nar",
            "od", "oxu",
            "ölkə",                                  // o < ö
            "pul",
            "rəqəm",
            "səs", "sıra", "sinif",                  // ə < ı < i
            "şəhər",                                 // s < ş
            "təhsil",
            "uşaq", "üzüm",                          // u < ü
            "vətən",
            "yol",
            "zəng");

    @Test
    void azerbaijaniWordsSortInTheAzerbaijaniAlphabet() {
        List<String> shuffled = new ArrayList<>(AZ_ORDER);
        Collections.shuffle(shuffled, new Random(17));
        assertTrue(!shuffled.equals(AZ_ORDER), "the shuffle should change the order");
        assertEquals(AZ_ORDER, AZ.sorted(shuffled));
    }

    @Test
    void everyLetterOfTheAlphabetSortsInItsPlace() {
        List<String> alphabet = List.of("a", "b", "c", "ç", "d", "e", "ə", "f", "g", "ğ", "h", "x", "ı", "i", "j", "k",
                "q", "l", "m", "n", "o", "ö", "p", "r", "s", "ş", "t", "u", "ü", "v", "y", "z");
        List<String> reversed = new ArrayList<>(alphabet);
        Collections.reverse(reversed);
        assertEquals(alphabet, AZ.sorted(reversed));
        List<String> upper = alphabet.stream().map(AZ::upper).toList();
        assertEquals(List.of("A", "B", "C", "Ç", "D", "E", "Ə", "F", "G", "Ğ", "H", "X", "I", "İ", "J", "K",
                "Q", "L", "M", "N", "O", "Ö", "P", "R", "S", "Ş", "T", "U", "Ü", "V", "Y", "Z"), upper);
        List<String> upperReversed = new ArrayList<>(upper);
        Collections.reverse(upperReversed);
        assertEquals(upper, AZ.sorted(upperReversed));
    }

    @Test
    void englishKeepsTheEnglishAlphabet() {
        assertEquals(List.of("kitab", "lalə", "pul", "qar"), EN.sorted(List.of("qar", "pul", "lalə", "kitab")));
        assertEquals(List.of("kitab", "qar", "lalə", "pul"), AZ.sorted(List.of("qar", "pul", "lalə", "kitab")));
        assertEquals(List.of("echo", "hat", "Igloo", "ink", "kite", "quartz", "wave", "xylophone", "zeal"),
                EN.sorted(List.of("zeal", "xylophone", "wave", "quartz", "kite", "ink", "Igloo", "hat", "echo")));
    }

    @Test
    void namesSortByTheirTextAndCaseOnlyBreaksTies() {
        record Stakeholder(String id, String name) {}
        List<Stakeholder> s = new ArrayList<>(List.of(new Stakeholder("MIA", "Daxili İşlər Nazirliyi"),
                new Stakeholder("ICTA", "İnformasiya Texnologiyaları Agentliyi"),
                new Stakeholder("MOE", "Elm və Təhsil Nazirliyi"),
                new Stakeholder("SCC", "Dövlət Statistika Komitəsi"),
                new Stakeholder("IDDA", "İnnovasiya və Rəqəmsal İnkişaf Agentliyi"),
                new Stakeholder("CBA", "Azərbaycan Respublikasının Mərkəzi Bankı"),
                new Stakeholder("MDDT", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi")));
        s.sort(AZ.comparing(Stakeholder::name));
        assertEquals(List.of("CBA", "MIA", "SCC", "MOE", "ICTA", "IDDA", "MDDT"), s.stream().map(Stakeholder::id).toList());
        assertEquals(List.of("ev", "Ev", "əl"), AZ.sorted(List.of("əl", "Ev", "ev")));
    }

    @Test
    void azerbaijaniCaseHasDottedAndDotlessI() {
        assertEquals("İSTANBUL", AZ.upper("istanbul"));
        assertEquals("ığdır", AZ.lower("IĞDIR"));
        assertEquals("İNFORMASİYA TEXNOLOGİYALARI", AZ.upper("informasiya texnologiyaları"));
        assertEquals("informasiya texnologiyaları", AZ.lower("İNFORMASİYA TEXNOLOGİYALARI"));
        assertEquals("ŞƏKİL ÇÖL ÜZÜM ĞAYƏ", AZ.upper("şəkil çöl üzüm ğayə"));
        assertEquals("İzmir", AZ.capitalize("izmir"));
        assertEquals("Ilıq", AZ.capitalize("ılıq"));
        // the JDK's own case mapping agrees for az (FreeMarker's ?upper_case uses it with the template's locale)
        assertEquals("İSTANBUL", "istanbul".toUpperCase(AZ.locale()));
        assertEquals("ığdır", "IĞDIR".toLowerCase(AZ.locale()));
    }

    @Test
    void englishCaseHasNoDottedCapital() {
        assertEquals("ISTANBUL", EN.upper("istanbul"));
        assertEquals("iğdir", EN.lower("IĞDIR"));
        assertEquals("Izmir", EN.capitalize("izmir"));
    }

    @Test
    void softHyphensAreKeptAndIgnoredWhenSorting() {
        String word = "in\u00ADfor\u00ADma\u00ADsi\u00ADya";
        assertEquals("İN\u00ADFOR\u00ADMA\u00ADSİ\u00ADYA", AZ.upper(word));
        assertEquals(word, AZ.lower(AZ.upper(word)));
        assertEquals(0, AZ.collator().compare(word, "informasiya"));
        assertEquals(List.of("iqtisadiyyat", word, "internet"), AZ.sorted(List.of("internet", word, "iqtisadiyyat")));
        assertEquals('\u00AD', Language.SOFT_HYPHEN);
    }

    @Test
    void azerbaijaniNumbersUseCldrSeparators() {
        // ICU's data for az (CLDR): decimal comma, full stop between groups of three, from four digits on
        DecimalFormatSymbols icu = DecimalFormatSymbols.getInstance(new ULocale("az"));
        assertEquals(',', icu.getDecimalSeparator());
        assertEquals('.', icu.getGroupingSeparator());
        assertEquals("0,76", AZ.formatNumber(0.76));
        assertEquals("1.234,5", AZ.formatNumber(1234.5));
        assertEquals("1.234.567", AZ.formatNumber(1234567));
        assertEquals("0,760", AZ.formatNumber(new BigDecimal("0.760")));
        assertEquals("1.234,50", AZ.localizeNumber("1234.50"));
        assertEquals("-3", AZ.localizeNumber("-3"));
        assertEquals("n/a", AZ.localizeNumber("n/a"));
        assertEquals("76%", AZ.localizeNumber("76%"));
        assertEquals("0.76", EN.localizeNumber("0.76"));
        assertEquals("1,234.5", EN.formatNumber(1234.5));
    }

    @Test
    void azerbaijaniDatesHaveAzerbaijaniMonthNames() {
        assertEquals("1 dekabr 2026", AZ.formatDate(LocalDate.of(2026, 12, 1)));
        assertEquals("dekabr 2026", AZ.formatMonth(YearMonth.of(2026, 12)));
        assertEquals("dekabr 2026", AZ.formatIsoDate("2026-12"));
        assertEquals("15 mart 2027", AZ.formatIsoDate("2027-03-15"));
        assertEquals("2030", AZ.formatIsoDate("2030"));
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) months.add(AZ.formatMonth(YearMonth.of(2026, m)).replace(" 2026", ""));
        assertEquals(List.of("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
                "oktyabr", "noyabr", "dekabr"), months);
        assertEquals("December 1, 2026", EN.formatDate(LocalDate.of(2026, 12, 1)));
        assertEquals("December 2026", EN.formatIsoDate("2026-12"));
        assertThrows(IllegalArgumentException.class, () -> AZ.formatIsoDate("1 Dec 2026"));
    }

    @Test
    void tagsAreBcp47() {
        assertEquals("az-Latn-AZ", Language.of("az_Latn_AZ").tag());
        assertEquals("az", Language.of("az-Latn-AZ").code());
        assertSame(Language.of("az"), Language.of(" az "));
        assertEquals("ığdır", Language.of("az-Latn-AZ").lower("IĞDIR"));
        assertThrows(IllegalArgumentException.class, () -> Language.of("english language"));
        assertThrows(IllegalArgumentException.class, () -> Language.of(""));
    }
}

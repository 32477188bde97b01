package org.strategypress.generate;

import java.util.List;
import java.util.Random;

/**
 * Lorem-like policy prose built from a fixed word list and one seeded {@link Random}: reads like a strategy,
 * says nothing, and is the same for the same seed.
 */
final class Prose {

    private static final String[] WORDS = ("digital public service platform data citizens regions agencies "
            + "capacity delivery framework standards investment connectivity skills inclusion security trust "
            + "governance measurement adoption readiness ecosystem innovation interoperability registry "
            + "procurement budget partnership oversight evaluation coordination reform pilot rollout network "
            + "access quality coverage resilience transparency accountability users providers training "
            + "infrastructure hosting cloud payments identity consent privacy regulation guidance review "
            + "baseline target indicator milestone roadmap portfolio programme owner stakeholders consultation "
            + "evidence survey analysis priorities outcomes impact efficiency costs savings reuse openness").split(" ");
    private static final String[] VERBS = ("strengthens extends supports aligns measures improves enables "
            + "coordinates simplifies connects prepares reviews consolidates accelerates").split(" ");
    private static final String[] CONNECTORS = {"while", "so that", "because", "and", "as", "where", "before"};

    /** Azerbaijani phrases for titles, so that every letter of the alphabet's specials is printed somewhere. */
    static final List<String> AZ_PHRASES = List.of("Rəqəmsal İnfrastruktur", "Bacarıqlar və təhsil",
            "Şəffaf idarəetmə", "Ödəniş xidmətləri", "Kibertəhlükəsizlik", "Ağıllı şəhərlər",
            "Çevik dövlət xidmətləri", "Güvənli məlumat", "Süni intellekt", "İnnovasiya ekosistemi",
            "Sahibkarlıq və biznes", "Göstəricilər və ölçmə");

    private final Random random;

    Prose(Random random) {
        this.random = random;
    }

    /** A number in [0, bound). */
    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A number in [from, to]. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    String azPhrase() {
        return pick(AZ_PHRASES);
    }

    /** A few words, the first capitalised, no full stop: for titles. */
    String phrase(int words) {
        StringBuilder b = new StringBuilder(capitalise(word()));
        for (int i = 1; i < words; i++) b.append(' ').append(word());
        return b.toString();
    }

    /** One sentence of 8 to 18 words; {@code link}, when not null, is woven in as {@code [[ID]]}. */
    String sentence(String link) {
        int n = between(8, 18);
        int at = link == null ? -1 : between(2, n - 2);
        int verbAt = between(2, 4);
        int connectorAt = n > 12 ? between(7, n - 4) : -1;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(' ');
            if (i == at) b.append("[[").append(link).append("]] ");
            if (i == verbAt) b.append(VERBS[random.nextInt(VERBS.length)]);
            else if (i == connectorAt) b.append(CONNECTORS[random.nextInt(CONNECTORS.length)]);
            else b.append(word());
        }
        return capitalise(b.toString()) + ".";
    }

    /** {@code count} sentences, each linking one of {@code links} (cycled) when the dice say so. */
    String paragraph(int count, List<String> links) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) b.append(' ');
            String link = links.isEmpty() || !chance(40) ? null : pick(links);
            b.append(sentence(link));
        }
        return b.toString();
    }

    /** A one-decimal number in [from, to]. */
    double decimal(double from, double to) {
        return Math.round((from + random.nextDouble() * (to - from)) * 10) / 10.0;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A number as YAML and Markdown show it: no trailing ".0". */
    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}

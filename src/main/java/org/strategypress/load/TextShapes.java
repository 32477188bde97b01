package org.strategypress.load;

/**
 * The id pattern and the language-tag pattern, checked by hand. As regular expressions,
 * {@code ^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$} and {@code ^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$} recurse once per
 * '-' group, so a YAML value of 150,000 groups overflowed the stack; these loops accept exactly the same strings.
 */
final class TextShapes {

    private TextShapes() {
    }

    /** {@link org.strategypress.load.schema.ContentSchema#ID_PATTERN}: capital letters and digits in groups joined by '-', starting with a letter. */
    static boolean isId(String s) {
        int n = s.length();
        if (n == 0 || !upper(s.charAt(0))) return false;
        boolean afterDash = false;
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (c == '-') {
                if (afterDash) return false;
                afterDash = true;
            } else if (upper(c) || digit(c)) {
                afterDash = false;
            } else {
                return false;
            }
        }
        return !afterDash;
    }

    /** A BCP 47 tag as the loader accepts it: 2 or 3 letters, then groups of 2 to 8 letters or digits after '-'. */
    static boolean isLanguageTag(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && letter(s.charAt(i))) i++;
        if (i < 2 || i > 3) return false;
        while (i < n) {
            if (s.charAt(i) != '-') return false;
            int start = ++i;
            while (i < n && (letter(s.charAt(i)) || digit(s.charAt(i)))) i++;
            if (i - start < 2 || i - start > 8) return false;
        }
        return true;
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}

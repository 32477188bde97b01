package org.strategypress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.strategypress.model.schema.ContentSchema;

/** The hand-written id and language-tag checks accept exactly what the regular expressions accept. */
class TextShapesTest {

    private static final Pattern LANG = Pattern.compile("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$");

    @Test
    void sameAsTheExpressionsOnRandomText() {
        String alphabet = "AZaz09-_ .\n";
        Random r = new Random(5);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(14);
            for (int k = 0; k < n; k++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String s = b.toString();
            assertEquals(ContentSchema.ID_PATTERN.matcher(s).matches(), TextShapes.isId(s), () -> "id '" + s + "'");
            assertEquals(LANG.matcher(s).matches(), TextShapes.isLanguageTag(s), () -> "language '" + s + "'");
        }
    }

    @Test
    void valuesOfManyGroupsAreCheckedWithoutRecursion() {
        assertEquals(true, TextShapes.isId("A" + "-A".repeat(200_000)));
        assertEquals(false, TextShapes.isId("A" + "-A".repeat(200_000) + "-"));
        assertEquals(true, TextShapes.isLanguageTag("en" + "-aa".repeat(200_000)));
        assertEquals(false, TextShapes.isLanguageTag("en" + "-aa".repeat(200_000) + "-a"));
    }
}

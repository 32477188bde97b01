package org.strategypress.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The diff's heading reader accepts what its former expression did, in linear time. */
class HeadingLineTest {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");

    @Test
    void sameAsTheExpressionOnRandomLines() {
        String alphabet = "# \ta\r\u000b\u2028x";
        Random r = new Random(9);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(14);
            for (int k = 0; k < n; k++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String s = b.toString();
            Matcher m = HEADING.matcher(s);
            assertEquals(m.matches() ? m.group(1) + " " + m.group(2) : null, LineChanges.heading(s), () -> "'" + s + "'");
        }
    }

    @Test
    void aHeadingOfSpacesIsReadInLinearTime() {
        String line = "# x" + " ".repeat(300_000) + "y";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertEquals("# x" + " ".repeat(300_000) + "y", LineChanges.heading(line)));
    }
}

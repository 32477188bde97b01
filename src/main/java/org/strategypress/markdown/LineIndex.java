package org.strategypress.markdown;

import java.util.Arrays;

/** Turns character offsets of a text into 1-based line and column numbers. */
final class LineIndex {
    private final int[] starts;

    LineIndex(CharSequence text) {
        int[] s = new int[16];
        int n = 0;
        s[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == s.length) s = Arrays.copyOf(s, n * 2);
                s[n++] = i + 1;
            }
        }
        starts = Arrays.copyOf(s, n);
    }

    int line(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    int column(int offset) {
        return offset - starts[line(offset) - 1] + 1;
    }
}

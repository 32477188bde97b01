package org.strategypress.markdown;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's inline parser with its regular expressions over user text replaced by scanners that run in linear
 * time and constant stack. The expressions it replaces (inline HTML, link titles, link destinations in angle
 * brackets, e-mail autolinks, runs of spaces) repeat a group once per character, which java.util.regex does by
 * recursion: a 3 KB HTML comment in a paragraph overflowed a stage thread's stack, and a paragraph full of
 * unclosed openers took time quadratic in its length. Each scanner accepts exactly what the expression it
 * replaces accepts (flexmark 0.64's {@code Parsing}, without the IntelliJ and namespace options, which the
 * dialect does not set); searches for a closing sequence remember their last answer, so that many openers in
 * one paragraph share one scan.
 */
final class SafeInlineParser extends InlineParserImpl {

    /** Characters a backslash escapes (CommonMark's ASCII punctuation). */
    private static final String ESCAPABLE = "!\"#$%&'()*+,./:;<=>?@[]\\^_`{|}~-";

    /** The last search for each closing sequence in the current input: where it started, and what it found. */
    private final Map<String, int[]> searches = new java.util.HashMap<>();
    private BasedSequence searched;
    /** {@code searched} as a String: BasedSequence.indexOf(CharSequence, int) misses a match that overlaps a partial one ("??>" for "?>"). */
    private String searchedText;

    SafeInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                     Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessorsData,
                     List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessorsData, inlineParserExtensions);
    }

    // ---- inline HTML ------------------------------------------------------------------------------------------

    @Override
    public boolean parseHtmlInline() {
        int end = htmlEnd(index);
        if (end < 0) return false;
        BasedSequence m = input.subSequence(index, end);
        index = end;
        appendNode(m.startsWith("<!--") && m.endsWith("-->") ? new HtmlInlineComment(m) : new HtmlInline(m));
        return true;
    }

    /** The end (exclusive) of the inline HTML starting at {@code at}, or -1: open or closing tag, comment, PI, declaration, CDATA. */
    private int htmlEnd(int at) {
        int n = input.length();
        if (at + 1 >= n || input.charAt(at) != '<') return -1;
        char c = input.charAt(at + 1);
        if (asciiLetter(c)) return openTagEnd(at);
        if (c == '/') return closeTagEnd(at);
        if (c == '?') return processingInstructionEnd(at);
        if (c == '!') {
            if (startsWith(at, "<!--")) return commentEnd(at);
            if (startsWithIgnoreCase(at, "<![CDATA[")) {
                int close = find("]]>", at + 9);
                return close < 0 ? -1 : close + 3;
            }
            return declarationEnd(at);
        }
        return -1;
    }

    /** {@code <TAG (\s+NAME(\s*=\s*VALUE)?)* \s* /? >}. */
    private int openTagEnd(int at) {
        int n = input.length();
        int i = at + 1;
        i = tagNameEnd(i);
        while (true) {
            int ws = whitespaceEnd(i);
            if (ws > i && ws < n && attributeNameStart(input.charAt(ws))) {
                i = attributeNameEnd(ws);
                int eq = whitespaceEnd(i);
                if (eq < n && input.charAt(eq) == '=') {
                    int v = valueEnd(whitespaceEnd(eq + 1));
                    if (v < 0) return -1; // a '=' with no value: no tag
                    i = v;
                }
                continue;
            }
            i = ws;
            break;
        }
        if (i < n && input.charAt(i) == '/') i++;
        return i < n && input.charAt(i) == '>' ? i + 1 : -1;
    }

    /** {@code </TAG\s*>}. */
    private int closeTagEnd(int at) {
        int n = input.length();
        if (at + 2 >= n || !asciiLetter(input.charAt(at + 2))) return -1;
        int i = whitespaceEnd(tagNameEnd(at + 2));
        return i < n && input.charAt(i) == '>' ? i + 1 : -1;
    }

    /**
     * {@code <!---->}, or {@code <!--} text {@code -->} where the text does not start with {@code >} or
     * {@code ->}, holds no {@code --} and does not end with {@code -}: the first {@code --} must be the end.
     */
    private int commentEnd(int at) {
        if (startsWith(at, "<!---->")) return at + 7;
        int text = at + 4;
        int n = input.length();
        if (text >= n || input.charAt(text) == '>' || startsWith(text, "->")) return -1;
        int dashes = find("--", text);
        if (dashes < 0 || dashes == text || dashes + 2 >= n || input.charAt(dashes + 2) != '>') return -1;
        return dashes + 3;
    }

    /** {@code <?} anything on the same line {@code ?>} ('.' does not cross a line break). */
    private int processingInstructionEnd(int at) {
        int close = find("?>", at + 2);
        if (close < 0) return -1;
        int br = lineBreak(at + 2);
        return br >= 0 && br < close ? -1 : close + 2;
    }

    /** {@code <!LETTERS\s+[^>]*>}. */
    private int declarationEnd(int at) {
        int n = input.length();
        int i = at + 2;
        int letters = i;
        while (i < n && asciiLetter(input.charAt(i))) i++;
        if (i == letters) return -1;
        int ws = whitespaceEnd(i);
        if (ws == i) return -1;
        int close = find(">", ws);
        return close < 0 ? -1 : close + 1;
    }

    private int tagNameEnd(int i) {
        int n = input.length();
        if (i < n && asciiLetter(input.charAt(i))) i++;
        while (i < n && (asciiLetter(input.charAt(i)) || asciiDigit(input.charAt(i)) || input.charAt(i) == '-')) i++;
        return i;
    }

    private static boolean attributeNameStart(char c) {
        return asciiLetter(c) || c == '_' || c == ':';
    }

    private int attributeNameEnd(int i) {
        int n = input.length();
        i++;
        while (i < n) {
            char c = input.charAt(i);
            if (!(asciiLetter(c) || asciiDigit(c) || c == ':' || c == '.' || c == '_' || c == '-')) break;
            i++;
        }
        return i;
    }

    /** An unquoted, single- or double-quoted attribute value starting at {@code i}: its end, or -1. */
    private int valueEnd(int i) {
        int n = input.length();
        if (i >= n) return -1;
        char c = input.charAt(i);
        if (c == '"' || c == '\'') {
            int close = find(c == '"' ? "\"" : "'", i + 1);
            return close < 0 ? -1 : close + 1;
        }
        int j = i;
        while (j < n) {
            char d = input.charAt(j);
            if (d <= ' ' || d == '"' || d == '\'' || d == '=' || d == '<' || d == '>' || d == '`' || d == '{' || d == '}') break;
            j++;
        }
        return j > i ? j : -1;
    }

    // ---- links ------------------------------------------------------------------------------------------------

    @Override
    public BasedSequence parseLinkDestination() {
        BasedSequence angled = angledDestination();
        if (angled != null) return angled;
        if (linkDestinationParser != null) {
            BasedSequence match = linkDestinationParser.parseLinkDestination(input, index);
            index += match.length();
            return match;
        }
        return super.parseLinkDestination(); // not reached: the dialect keeps flexmark's hard-coded address parser
    }

    /**
     * {@code <} then characters other than {@code < > space tab newline NUL}, backslash escapes allowed, then
     * {@code >}; as the expression backtracks, an unclosed one still ends at its last escaped {@code \>}.
     */
    private BasedSequence angledDestination() {
        int n = input.length();
        if (index >= n || input.charAt(index) != '<') return null;
        int i = index + 1;
        int lastEscapedClose = -1;
        while (i < n) {
            char c = input.charAt(i);
            if (c == '\\' && i + 1 < n && ESCAPABLE.indexOf(input.charAt(i + 1)) >= 0) {
                if (input.charAt(i + 1) == '>') lastEscapedClose = i + 1;
                i += 2;
                continue;
            }
            if (c == '>') return take(i + 1);
            if (c == '<' || c == ' ' || c == '\t' || c == '\n' || c == '\0') break;
            i++;
        }
        return lastEscapedClose < 0 ? null : take(lastEscapedClose + 1);
    }

    @Override
    public BasedSequence parseLinkTitle() {
        int n = input.length();
        if (index >= n) return null;
        char open = input.charAt(index);
        char close = open == '(' ? ')' : open;
        if (open != '"' && open != '\'' && open != '(') return null;
        int i = index + 1;
        int lastEscapedClose = -1;
        while (i < n) {
            char c = input.charAt(i);
            if (c == '\\' && i + 1 < n && ESCAPABLE.indexOf(input.charAt(i + 1)) >= 0) {
                if (input.charAt(i + 1) == close) lastEscapedClose = i + 1;
                i += 2;
                continue;
            }
            if (c == close) return take(i + 1);
            if (c == '\0') break;
            i++;
        }
        return lastEscapedClose < 0 ? null : take(lastEscapedClose + 1);
    }

    // ---- autolinks --------------------------------------------------------------------------------------------

    @Override
    public boolean parseAutolink() {
        int end = emailAutolinkEnd(index);
        BasedSequence m = end < 0 ? null : input.subSequence(index, end);
        if (m != null) {
            index = end;
            appendNode(new MailLink(m.subSequence(0, 1), m.subSequence(1, m.length() - 1), m.subSequence(m.length() - 1, m.length())));
            return true;
        }
        // the URL autolink expressions repeat single characters only: safe as they are
        if ((m = match(myParsing.AUTOLINK)) != null
                || options.wwwAutoLinkElement && (m = match(myParsing.WWW_AUTOLINK)) != null) {
            appendNode(new AutoLink(m.subSequence(0, 1), m.subSequence(1, m.length() - 1), m.subSequence(m.length() - 1, m.length())));
            return true;
        }
        return false;
    }

    /** {@code <local@label(.label)*>}, labels of 1 to 63 letters, digits and inner hyphens: the end, or -1. */
    private int emailAutolinkEnd(int at) {
        int n = input.length();
        if (at >= n || input.charAt(at) != '<') return -1;
        int i = at + 1;
        int local = i;
        while (i < n && (asciiLetter(input.charAt(i)) || asciiDigit(input.charAt(i)) || ".!#$%&'*+/=?^_`{|}~-".indexOf(input.charAt(i)) >= 0)) i++;
        if (i == local || i >= n || input.charAt(i) != '@') return -1;
        i++;
        while (true) {
            int label = i;
            while (i < n && (asciiLetter(input.charAt(i)) || asciiDigit(input.charAt(i)) || input.charAt(i) == '-')) i++;
            int len = i - label;
            if (len < 1 || len > 63 || input.charAt(label) == '-' || input.charAt(i - 1) == '-') return -1;
            if (i < n && input.charAt(i) == '.') {
                i++;
                continue;
            }
            return i < n && input.charAt(i) == '>' ? i + 1 : -1;
        }
    }

    // ---- spaces -----------------------------------------------------------------------------------------------

    /** Spaces and tabs, then at most one line break and spaces and tabs after it. */
    @Override
    public boolean spnl() {
        index = spacesEnd(index);
        int br = lineBreakLength(index);
        if (br > 0) index = spacesEnd(index + br);
        return true;
    }

    @Override
    public boolean sp() {
        index = spacesEnd(index);
        return true;
    }

    /** Spaces and tabs then a line break: consumed if present. */
    @Override
    public boolean spnlUrl() {
        int i = spacesEnd(index);
        int br = lineBreakLength(i);
        if (br == 0) return false;
        index = i + br;
        return true;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private BasedSequence take(int end) {
        BasedSequence s = input.subSequence(index, end);
        index = end;
        return s;
    }

    private int spacesEnd(int i) {
        int n = input.length();
        while (i < n && (input.charAt(i) == ' ' || input.charAt(i) == '\t')) i++;
        return i;
    }

    private int lineBreakLength(int i) {
        int n = input.length();
        if (i >= n) return 0;
        if (input.charAt(i) == '\r') return i + 1 < n && input.charAt(i + 1) == '\n' ? 2 : 1;
        return input.charAt(i) == '\n' ? 1 : 0;
    }

    /** java.util.regex's {@code \s}: space, tab, newline, vertical tab, form feed, carriage return. */
    private int whitespaceEnd(int i) {
        int n = input.length();
        while (i < n) {
            char c = input.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r') break;
            i++;
        }
        return i;
    }

    /** The first line terminator '.' does not match, at or after {@code from}, or -1. */
    private int lineBreak(int from) {
        int a = find("\n", from);
        int b = find("\r", from);
        int c = Math.min(a < 0 ? Integer.MAX_VALUE : a, b < 0 ? Integer.MAX_VALUE : b);
        for (String other : new String[] {"\u0085", "\u2028", "\u2029"}) {
            int d = find(other, from);
            if (d >= 0) c = Math.min(c, d);
        }
        return c == Integer.MAX_VALUE ? -1 : c;
    }

    /**
     * The first {@code s} at or after {@code from}, or -1. The answer of the last search for the same {@code s}
     * is reused when it still holds (a later start, at or before what it found, or after a search that found
     * nothing), so a paragraph of many unclosed openers is scanned once, not once per opener.
     */
    private int find(String s, int from) {
        if (searched != input) {
            searches.clear();
            searched = input;
            searchedText = input.toString();
        }
        int[] last = searches.get(s);
        if (last != null && from >= last[0] && (last[1] < 0 || last[1] >= from)) return last[1];
        int found = searchedText.indexOf(s, from);
        searches.put(s, new int[] {from, found});
        return found;
    }

    private boolean startsWith(int at, String s) {
        if (at + s.length() > input.length()) return false;
        for (int k = 0; k < s.length(); k++) if (input.charAt(at + k) != s.charAt(k)) return false;
        return true;
    }

    private boolean startsWithIgnoreCase(int at, String s) {
        if (at + s.length() > input.length()) return false;
        for (int k = 0; k < s.length(); k++)
            if (asciiUpper(input.charAt(at + k)) != s.charAt(k)) return false;
        return true;
    }

    /** Upper case of ASCII letters only, as CASE_INSENSITIVE without UNICODE_CASE compares. */
    private static char asciiUpper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

package org.strategypress.markdown;

import java.lang.reflect.Field;
import java.util.regex.Pattern;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * flexmark set up so that no regular expression it applies to a chapter can overflow the stack or take more
 * than linear time, whatever the text:
 *
 * <ul>
 *   <li>inline HTML, link titles and destinations, e-mail autolinks and runs of spaces are read by
 *       {@link SafeInlineParser}'s scanners instead of flexmark's expressions;</li>
 *   <li>the thematic-break expression, {@code ((-[ \t]*){3,}|...)}, recursed once per character of a line
 *       (3,000 dashes were enough): it is replaced by an equivalent one whose repetitions are single
 *       character classes, which java.util.regex matches in a loop;</li>
 *   <li>HTML blocks start only at block-level tags (CommonMark's kind 6): kind 7, any tag alone on its line,
 *       was recognised by an expression that recursed once per attribute. The dialect never renders raw
 *       HTML, so such a line is now escaped as part of a paragraph instead of as a block: it reads the same.</li>
 * </ul>
 *
 * Nesting (block quotes, lists) is bounded before parsing by {@link NestingGuard}; brackets nested past any
 * link and '&lt;' followed by a name longer than any tag by {@link ShapeGuard}.
 */
public final class SafeMarkdown {

    /** flexmark's thematic break, {@code ^(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})[ \t]*$}, without group repetition. */
    static final Pattern THEMATIC_BREAK = Pattern.compile(
            "^(?:\\*[ \\t]*\\*[ \\t]*\\*[* \\t]*|_[ \\t]*_[ \\t]*_[_ \\t]*|-[ \\t]*-[ \\t]*-[- \\t]*)$");

    static {
        patchThematicBreak();
    }

    private SafeMarkdown() {
    }

    /** A parser builder with the safe settings on top of {@code options}. */
    public static Parser.Builder builder(MutableDataSet options) {
        options.set(Parser.HTML_BLOCK_START_ONLY_ON_BLOCK_TAGS, true);
        Parser.Builder b = Parser.builder(options).customInlineParserFactory(SafeInlineParser::new);
        // flexmark adds its link reference definitions reader only beside its own inline parser
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(options))
            b.paragraphPreProcessorFactory(new com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory());
        return b;
    }

    /**
     * Whether {@code markdown} has a shape no parser here is given (nesting too deep, brackets nested past any
     * link, a tag name longer than any tag): the validator reports it as markdown-limit.
     */
    public static boolean refused(String markdown) {
        return NestingGuard.tooDeepAt(markdown) > 0 || ShapeGuard.check(markdown) != null;
    }

    /** Whether flexmark's thematic-break expression was replaced (a test checks it, so a flexmark upgrade cannot undo it silently). */
    static boolean thematicBreakPatched() {
        try {
            Field f = ThematicBreakParser.class.getDeclaredField("PATTERN");
            f.setAccessible(true);
            return f.get(null) == THEMATIC_BREAK;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static void patchThematicBreak() {
        try {
            Field f = ThematicBreakParser.class.getDeclaredField("PATTERN");
            f.setAccessible(true);
            f.set(null, THEMATIC_BREAK);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // left as it is: the test of thematicBreakPatched() fails, and a long line of dashes would overflow
        }
    }
}

package org.strategypress.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Renderings of Markdown remembered across builds (the preview server's rebuilds, where after a one-line edit
 * nearly every text renders as before). A rendering depends on the text, on the plain values of its
 * {@link RenderContext} and on what the context's three functions answered while it ran (the link of each
 * {@code [[ID]]}, the served address of each image, the value of each inline figure): nothing else, since the
 * renderers, the anchors and the footnotes are made anew per rendering. So a rendering is recorded with the
 * questions it asked and their answers, and reused only when the same text, under the same plain values, gets the
 * same answers to the same questions again; asking them again also repeats what the functions do besides
 * answering (the image function notes the image to copy).
 */
final class RenderMemo {

    /** Texts remembered at most; past that the memory starts again (a strategy has a few thousand texts). */
    private static final int MAX = 50_000;

    /** What a rendering depends on besides the answers of the context's functions. */
    private record Key(String markdown, int headingShift, String idPrefix, String sourceFile, int firstLine,
                       List<String> headingIds) {
        static Key of(String markdown, RenderContext c) {
            return new Key(markdown, c.headingShift(), c.idPrefix(), c.sourceFile(), c.firstLine(), c.headingIds());
        }
    }

    /** Which of the context's functions was asked. */
    private enum Asked {
        LINK, IMAGE, FIGURE;

        Object answer(RenderContext c, String question) {
            return switch (this) {
                case LINK -> c.links().apply(question);
                case IMAGE -> c.imageSource().apply(question);
                case FIGURE -> c.figures().apply(question);
            };
        }
    }

    private record Question(Asked asked, String question, Object answer) {
    }

    /** One rendering: the questions it asked in order, with their answers, and what came of it. */
    private record Recorded(List<Question> questions, List<MarkdownDialect.Part> parts) {
        boolean stillHolds(RenderContext c) {
            for (Question q : questions)
                if (!Objects.equals(q.asked().answer(c, q.question()), q.answer())) return false;
            return true;
        }
    }

    /** Per key the latest rendering (one text may render in the site and in print, with other answers). */
    private final Map<Key, Recorded> known = new ConcurrentHashMap<>();

    /** The parts of {@code markdown} under {@code context}: remembered when they still hold, else rendered by {@code render}. */
    List<MarkdownDialect.Part> render(String markdown, RenderContext context,
                                      BiFunction<String, RenderContext, List<MarkdownDialect.Part>> render) {
        Key key = Key.of(markdown, context);
        Recorded last = known.get(key);
        if (last != null && last.stillHolds(context)) return last.parts();
        List<Question> questions = new ArrayList<>();
        RenderContext recording = new RenderContext(asking(questions, Asked.LINK, context.links()),
                asking(questions, Asked.IMAGE, context.imageSource()), context.headingShift(), context.idPrefix(),
                asking(questions, Asked.FIGURE, context.figures()), context.sourceFile(), context.firstLine(),
                context.headingIds());
        List<MarkdownDialect.Part> parts = List.copyOf(render.apply(markdown, recording));
        if (known.size() > MAX) known.clear();
        known.put(key, new Recorded(List.copyOf(questions), parts));
        return parts;
    }

    private static <T> Function<String, T> asking(List<Question> questions, Asked asked, Function<String, T> f) {
        return question -> {
            T answer = f.apply(question);
            questions.add(new Question(asked, question, answer));
            return answer;
        };
    }
}

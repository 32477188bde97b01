package org.strategypress.render.pdf;

import org.strategypress.model.SourcePosition;

/**
 * Where the files of a print document come from, so that the engine's messages name what the writer wrote
 * (the Markdown line placing an image, the template a stylesheet or font belongs to), never the folder the
 * document was staged in.
 */
public interface PrintSources {

    /**
     * The source of the file the print HTML links as {@code relative} ({@code assets/chart.png},
     * {@code print/print.css}, {@code fonts/NotoSans-Regular.ttf}), or null when unknown.
     */
    SourcePosition locate(String relative);

    /** The template the print HTML was made from: where messages about the document itself are reported. */
    SourcePosition document();

    /** The limits raster images are held to before the engine decodes them. */
    default org.strategypress.assets.ImageLimits limits() {
        return org.strategypress.assets.ImageLimits.DEFAULT;
    }

    /** Sources unknown: messages name files by their path relative to the print HTML, at {@code print.html}. */
    PrintSources NONE = new PrintSources() {
        @Override
        public SourcePosition locate(String relative) {
            return null;
        }

        @Override
        public SourcePosition document() {
            return SourcePosition.of(java.nio.file.Path.of("print.html"));
        }
    };
}

package org.strategypress.model;

import java.util.List;

/** One module folder {@code modules/<N>-<slug>/}, its chapters in order. */
public record Module(int number, String slug, List<Chapter> chapters, SourcePosition at) {
    public Module {
        chapters = List.copyOf(chapters);
    }

    /** The module's title: its first chapter's title. */
    public String title() {
        return chapters.isEmpty() ? "Module " + number : chapters.get(0).title();
    }

    /** The anchor and page name of the module, such as {@code module-1}. */
    public String anchor() {
        return "module-" + number;
    }
}

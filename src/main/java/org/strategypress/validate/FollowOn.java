package org.strategypress.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.strategypress.model.Diagnostic;
import org.strategypress.model.Rule;
import org.strategypress.model.Severity;

/**
 * One mistake, one message: when a file could not be read or an entity was dropped, a reference to an id it
 * mentions, or a chain rule about an entity it would have linked, is no error of its own. Such problems are held
 * back while an error of reading or of the schema stands, and one note says how many (rustc and Elm do the same).
 */
final class FollowOn {

    private FollowOn() {
    }

    /** {@code sorted} (in causal order) without the problems that may follow from its first errors, plus one note. */
    static List<Diagnostic> holdBack(List<Diagnostic> sorted, Set<String> unread) {
        Diagnostic cause = sorted.stream().filter(d -> d.isError() && d.rule().phase().compareTo(Rule.Phase.REFERENCE) < 0)
                .findFirst().orElse(null);
        if (cause == null || unread.isEmpty()) return sorted;
        List<Diagnostic> out = new ArrayList<>();
        int held = 0;
        for (Diagnostic d : sorted) {
            boolean follows = d.about() != null && d.rule().phase().compareTo(Rule.Phase.REFERENCE) >= 0
                    && d.rule().phase() != Rule.Phase.OUTPUT && unread.contains(d.about());
            if (follows) held++;
            else out.add(d);
        }
        if (held > 0) out.add(new Diagnostic(Severity.INFO, Rule.FOLLOW_ON, held + " further problem" + (held == 1 ? "" : "s")
                + " may follow from the errors above (they name ids of content that could not be read); fix those first",
                cause.at()));
        return out;
    }
}

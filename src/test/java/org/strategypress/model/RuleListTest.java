package org.strategypress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Every diagnostic is made from a {@link Rule} (its constructor takes one), so a code cannot be emitted without being
 * in the list; this checks the list itself is what writers and tools are told: unique codes, each documented.
 */
class RuleListTest {

    @Test
    void codesAreUniqueLowerCaseWordsJoinedByHyphens() {
        Set<String> seen = new HashSet<>();
        for (Rule r : Rule.values()) {
            assertTrue(seen.add(r.code()), "code used twice: " + r.code());
            assertTrue(r.code().chars().allMatch(c -> (c >= 'a' && c <= 'z') || c == '-'), r.code());
            assertEquals(r.name(), r.code().toUpperCase(java.util.Locale.ROOT).replace('-', '_'), "constant named as its code");
            assertFalse(r.description().isBlank(), r.code());
        }
    }

    @Test
    void everyCodeIsInTheAuthoringGuidesRuleTable() throws Exception {
        String guide = Files.readString(Path.of("docs/authoring.md"));
        for (Rule r : Rule.values()) assertTrue(guide.contains("| `" + r.code() + "` | " + r.defaultSeverity().label() + " |"),
                "docs/authoring.md lacks " + r.code() + " (run bin/regen-docs)");
    }

    @Test
    void aDiagnosticCannotBeMadeWithoutARule() {
        assertTrue(Arrays.stream(Diagnostic.class.getRecordComponents()).anyMatch(c -> c.getType() == Rule.class));
        assertTrue(Arrays.stream(Diagnostic.class.getRecordComponents()).noneMatch(c -> c.getName().equals("code")),
                "the code is the rule's, never a free string");
    }
}

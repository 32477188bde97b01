package org.strategypress.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.strategypress.load.schema.SchemaDocs;
import org.strategypress.markdown.BlockCatalog;

/** The authoring guide says what the loader accepts: its reference tables are the schema's own. */
class AuthoringGuideTest {

    private static String guide() throws Exception {
        return Files.readString(Path.of("docs/authoring.md"));
    }

    @Test
    void referenceTablesMatchTheSchemaTheLoaderUses() throws Exception {
        String g = guide();
        String begin = "<!-- BEGIN GENERATED REFERENCE -->\n";
        String inDoc = g.substring(g.indexOf(begin) + begin.length(), g.indexOf("<!-- END GENERATED REFERENCE -->"));
        assertEquals(SchemaDocs.markdown(), inDoc,
                "docs/authoring.md is out of date: paste SchemaDocs.markdown() between the markers");
    }

    @Test
    void everyDirectiveIsDocumented() throws Exception {
        String g = guide();
        for (BlockCatalog.Block b : BlockCatalog.BLOCKS)
            assertTrue(g.contains("`{{" + b.name()), "directive not documented: " + b.name());
    }
}

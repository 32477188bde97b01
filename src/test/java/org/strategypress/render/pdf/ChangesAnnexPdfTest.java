package org.strategypress.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategypress.pipeline.BuildRequest;
import org.strategypress.pipeline.BuildResult;
import org.strategypress.pipeline.Output;
import org.strategypress.pipeline.Pipeline;
import org.strategypress.testing.ScratchRepo;
import org.strategypress.testing.StrategyFixture;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The "Changes since" annex keeps the PDF tagged and archival: PDF/UA-1 and PDF/A-2a still pass. */
class ChangesAnnexPdfTest {

    @TempDir
    Path dir;

    @Test
    void aPdfWithTheChangesAnnexStaysPdfUaAndPdfA() throws Exception {
        StrategyFixture strategy = StrategyFixture.in(dir);
        ScratchRepo.init(dir).commit("first draft").tag("v1");
        strategy.write("content/kpis.yaml", StrategyFixture.KPIS.replace("{year: 2030, value: 3000}", "{year: 2030, value: 3500}"))
                .write("content/modules/1-intro/01-introduction.md", StrategyFixture.CHAPTER + "\n## Delivery\n\nIn 2027.\n");

        BuildResult r = new Pipeline().build(BuildRequest.of(strategy.content(), Path.of("templates"), dir.resolve("out"))
                .only(java.util.EnumSet.of(Output.PDF, Output.DATA, Output.SCHEMAS)).since("v1"));

        assertTrue(r.ok(), () -> StrategyFixture.describe(r.diagnostics()));
        byte[] pdf = Files.readAllBytes(r.outputs().stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow());
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1));
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A));
    }
}

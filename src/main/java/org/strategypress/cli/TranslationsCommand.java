package org.strategypress.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.strategypress.pipeline.Translations;
import org.strategypress.pipeline.TranslationsFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code press translations}: what is translated, missing and outdated in each language, with files and lines. */
@Command(name = "translations", mixinStandardHelpOptions = true,
        description = {"Show how far each language's translation is: per kind, per chapter and overall, how many texts "
                + "are translated, missing and outdated, each with file and line, and each chapter's fingerprint "
                + "(what a translation's source: should say)."})
final class TranslationsCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    ContentOption contentOption;

    @Mixin
    DeadlineOption deadline;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv (default: ${DEFAULT-VALUE})")
    TranslationsFormat format;

    @Option(names = "--export", arity = "2", paramLabel = "xliff FILE",
            description = "write the texts and chapters still to translate as XLIFF 2.0 into FILE")
    List<String> export;

    @Option(names = "--import", paramLabel = "FILE",
            description = "write the translations of an XLIFF 2.0 file into the content (only the targeted values change)")
    Path importFile;

    @Option(names = "--language", paramLabel = "LANG",
            description = "the language to export (default: the first after the source language)")
    String language;

    @Override
    public Integer call() {
        if (export != null || importFile != null) return exchange();
        Translations.Report r = Translations.report(deadline.pipeline(), contentOption.folder, format);
        if (!r.ok()) {
            DiagnosticPrinter.print(r.problems(), main.err);
            return ExitStatus.FAILURE.code;
        }
        main.out.print(r.report());
        main.out.flush();
        return ExitStatus.OK.code;
    }

    private int exchange() {
        if (export != null && importFile != null) {
            main.err.println("press: --export and --import go one at a time");
            return ExitStatus.CLI_ERROR.code;
        }
        if (export != null && !export.get(0).equalsIgnoreCase("xliff")) {
            main.err.println("press: --export knows one format, xliff (not '" + export.get(0) + "')");
            return ExitStatus.CLI_ERROR.code;
        }
        Translations.Exchange x = export != null
                ? Translations.exportXliff(deadline.pipeline(), contentOption.folder, language, Path.of(export.get(1)))
                : Translations.importXliff(deadline.pipeline(), contentOption.folder, importFile);
        if (!x.problems().isEmpty()) DiagnosticPrinter.print(x.problems(), main.err);
        if (x.summary() != null) main.out.println(x.summary());
        main.out.flush();
        return (x.ok() ? ExitStatus.OK : ExitStatus.FAILURE).code;
    }
}

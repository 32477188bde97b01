package org.strategypress.cli;

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

    @Override
    public Integer call() {
        Translations.Report r = Translations.report(deadline.pipeline(), contentOption.folder, format);
        if (!r.ok()) {
            DiagnosticPrinter.print(r.problems(), main.err);
            return ExitStatus.FAILURE.code;
        }
        main.out.print(r.report());
        main.out.flush();
        return ExitStatus.OK.code;
    }
}

package org.strategypress.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.strategypress.pipeline.Workspace;
import org.strategypress.serve.BuildOutcome;
import org.strategypress.serve.PreviewServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code press serve}: a live preview of the site that rebuilds and reloads when a file is saved. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Preview the site on http://127.0.0.1:PORT/ while you write: every save under the content and "
                + "templates folders rebuilds the site (no PDF) and reloads open pages; problems show on the page.",
                "Builds into a private temporary folder, never into build-output/. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    ContentOption contentOption;

    @Mixin
    TemplatesOption templatesOption;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path content = contentOption.folder;
        Path templates = templatesOption.folder();
        if (port < 0 || port > 65535) {
            main.err.println("press serve: --port must be between 0 and 65535, not " + port);
            return ExitStatus.CLI_ERROR.code;
        }
        if (templatesOption.problem() != null) {
            main.err.println("press serve: " + templatesOption.problem());
            return ExitStatus.CLI_ERROR.code;
        }
        var wrongFolder = Workspace.contentFolderProblem(content);
        if (wrongFolder.isPresent()) {
            main.err.println("press serve: " + wrongFolder.get());
            return ExitStatus.CLI_ERROR.code;
        }
        PreviewServer server;
        try {
            server = PreviewServer.start(content, templates, port, this::report);
        } catch (BindException e) {
            main.err.println("press serve: port " + port + " is in use; choose another with --port, or --port 0 for any free one");
            return ExitStatus.CLI_ERROR.code;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "press-serve-stop"));
        main.out.println("press serve: previewing " + content + " on " + server.uri()
                + " (port " + server.port() + "); watching " + content
                + (Files.isDirectory(templates) ? " and " + templates : " (built-in templates)") + "; Ctrl-C to stop");
        main.out.flush();
        stopped.await();
        return ExitStatus.OK.code;
    }

    private void report(BuildOutcome b) {
        if (b.ok()) {
            main.out.printf("press serve: build %d ok in %d ms (%d ms CPU)%n", b.generation(), b.millis(), b.cpuMillis());
            if (!b.diagnostics().isEmpty()) DiagnosticPrinter.print(b.diagnostics(), main.err);
        } else {
            main.err.printf("press serve: build %d failed in %d ms; the last good site is still served%n", b.generation(), b.millis());
            DiagnosticPrinter.print(b.diagnostics(), main.err);
        }
        main.out.flush();
        main.err.flush();
    }
}

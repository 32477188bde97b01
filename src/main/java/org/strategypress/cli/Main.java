package org.strategypress.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.strategypress.model.StageFailure;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code press}: validate, build and publish a strategy written in YAML and Markdown. */
@Command(name = "press", mixinStandardHelpOptions = true, version = "strategy-press 0.1.0",
        description = "Validate and publish a national strategy written in YAML and Markdown.")
public final class Main implements Runnable {

    /** The subcommands, in the order the help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(ValidateCommand.class, BuildCommand.class, DiffCommand.class,
            PublishCommand.class, CommentsCommand.class, GenerateCommand.class, SchemaCommand.class, ServeCommand.class,
            InitCommand.class, TemplatesCommand.class, StatusCommand.class, TranslationsCommand.class);

    PrintWriter out;
    PrintWriter err;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new PrintStream(System.out, true, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new PrintStream(System.err, true, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs the CLI with the given streams; returns the exit code. Tests call this without a new JVM. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Main main = new Main();
        main.out = out;
        main.err = err;
        CommandLine cl = commandLine(main, args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> ExitStatus.CLI_ERROR.code);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof StageFailure f && f.diagnostic() != null) {
                DiagnosticPrinter.print(java.util.List.of(f.diagnostic()), err);
                if (f.note() != null) err.println(f.note());
                err.flush();
                return ExitStatus.FAILURE.code;
            } else if (e instanceof StageFailure f) {
                err.println("press: " + DiagnosticPrinter.clean(f.getMessage()));
            } else {
                err.println("press: internal error: " + e + " (please report it with the content that caused it)");
            }
            err.flush();
            return ExitStatus.CLI_ERROR.code;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The command line for {@code args}: the root command with only the subcommand {@code args} starts with, when it
     * starts with one, else with all of them. Picocli reads every subcommand's options from its annotations when it
     * is added, which was a tenth of a second of a cold {@code press validate} for the eleven that do not run.
     */
    static CommandLine commandLine(Main main, String... args) {
        CommandLine cl = new CommandLine(main);
        String first = args.length > 0 ? args[0] : null;
        Class<?> named = SUBCOMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(first))
                .findFirst().orElse(null);
        for (Class<?> c : named != null ? List.<Class<?>>of(named) : SUBCOMMANDS) cl.addSubcommand(c);
        return cl;
    }

    @Override
    public void run() {
        commandLine(this).usage(out);
    }
}

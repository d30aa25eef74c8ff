package org.tradeguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.tradeguard.lists.ListFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The only {@code main}: parses, wires and runs a command. Exit codes: 0 ok, 1 screening found
 * matches, 2 usage error, 3 bad input data, 70 internal error (with an error id; the stack trace
 * only with {@code --debug}).
 */
@Command(name = "tradeguard", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, versionProvider = Tradeguard.Version.class,
        description = "Export-control and sanctions screening on real lists.",
        subcommands = {ListsCommand.class, ScreenCommand.class, ScreenFileCommand.class, EvalCommand.class, BenchCommand.class,
                AssessCommand.class, LicencesCommand.class, EucsCommand.class, ServeCommand.class, KeysCommand.class, AuditCommand.class,
                CommandLine.HelpCommand.class})
public final class Tradeguard implements Runnable {

    static final int OK = 0;
    static final int ALERT = 1;
    static final int USAGE = 2;
    static final int BAD_INPUT = 3;
    static final int INTERNAL = 70;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of internal errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: lists, screen, screen-file or eval");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs a command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        System.setProperty("tradeguard.formats", String.join(", ", org.tradeguard.lists.Formats.names()));
        Tradeguard root = new Tradeguard();
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args1) -> {
            CommandLine c = ex.getCommandLine();
            err.println("tradeguard: " + ex.getMessage());
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
            return handle(ex, err, debug);
        });
        try {
            return cl.execute(args);
        } catch (Error e) {
            // an Error (out of memory, stack overflow) is not an alert: exit 1 would say "listed"
            err.println("tradeguard: internal error " + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            err.flush();
            return INTERNAL;
        }
    }

    static int handle(Exception ex, PrintWriter err, boolean debug) {
        Throwable t = ex;
        if (t instanceof UncheckedIOException u) {
            t = u.getCause();
        }
        if (t instanceof BadInputException || t instanceof ListFormatException
                || t instanceof org.tradeguard.matching.eval.EvalSetReader.EvalFormatException) {
            err.println("tradeguard: " + t.getMessage());
            return BAD_INPUT;
        }
        if (t instanceof java.nio.file.NoSuchFileException n) {
            err.println("tradeguard: no such file: " + n.getFile());
            return BAD_INPUT;
        }
        if (t instanceof java.nio.file.AccessDeniedException a) {
            err.println("tradeguard: cannot read " + a.getFile() + ": permission denied");
            return BAD_INPUT;
        }
        if (t instanceof IOException io) {
            err.println("tradeguard: cannot read input: " + io.getMessage());
            return BAD_INPUT;
        }
        String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        err.println("tradeguard: internal error " + id + ": " + t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + t.getMessage())
                + (debug ? "" : " (run again with --debug for details)"));
        if (debug) {
            t.printStackTrace(err);
        }
        return INTERNAL;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Tradeguard.class.getPackage().getImplementationVersion();
            return new String[] {"tradeguard " + (v == null ? "dev" : v) + " (" + org.tradeguard.matching.Screener.ALGORITHM + ")"};
        }
    }
}

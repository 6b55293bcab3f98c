package org.alliancesim.cli;

import org.alliancesim.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code alliance-sim} command line: one subcommand per job. */
@Command(name = "alliance-sim", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Agent-based simulation of how states choose allies: Walt's balance of threat, "
                + "Schweller's bandwagoning for profit, and the rival theories.",
        subcommands = {
                RunCommand.class,
                CompareCommand.class,
                ExplainCommand.class,
                ValidateCommand.class,
                CincCommand.class,
                org.alliancesim.cli.ImportCommand.class,
                ReplayCommand.class,
                LandscapeCommand.class,
                SweepCommand.class, WorkerCommand.class,
                GuiCommand.class,
                BenchCommand.class,
                BacktestCommand.class, CalibrateCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print Java stack traces on errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        // numbers are formatted the same in every locale: CSVs already are (Num); this makes chart
        // tick labels (formatted by JFreeChart with the default locale) locale-free too; messages
        // and the GUI keep the user's display language
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.ROOT);
        Errors.haltOnOutOfMemory();
        if (!showsWindows(args)) {
            org.alliancesim.output.FigureLook.install(); // figures without Swing's look-and-feel set-up
        }
        int status = execute(args);
        org.alliancesim.bench.ProcessFigures.recordIfAsked(); // bench --whole times commands as whole processes
        System.exit(status);
    }

    /** Whether {@code args} run the {@code gui} command (the first argument that is no option), which shows Swing windows. */
    static boolean showsWindows(String... args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return "gui".equals(a);
            }
        }
        return false;
    }

    /** Runs the command line and returns the exit status (0 ok, 1 failure, 2 bad input, 3 output error, 5 out of memory). */
    public static int execute(String... args) {
        return execute(RunOnly.fits(args) ? RunOnly.commandLine() : commandLine(), args);
    }

    /** Runs a command line made by {@link #commandLine()} (its writers perhaps redirected), as {@link #execute(String...)} does. */
    static int execute(CommandLine cl, String... args) {
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // unwound through every finally (temporary folders removed, locks released), so the
            // garbage of the failed command is free again to print the message
            cl.getErr().println("error: " + Errors.outOfMemory());
            cl.getErr().flush();
            return Errors.OUT_OF_MEMORY;
        }
    }

    /** The command line as the program runs it: every command, the error handler and the path converter. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new Errors());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(java.nio.file.Path.class, Main::path);
        return cl;
    }

    /** A path from the command line, with the likely cause when Java cannot represent it. */
    static java.nio.file.Path path(String text) {
        try {
            return java.nio.file.Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            String hint = text.indexOf('\0') >= 0 ? "it contains a NUL character"
                    : "its characters cannot be written in this locale's file-name encoding ("
                    + System.getProperty("sun.jnu.encoding") + "); run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8";
            throw new CommandLine.TypeConversionException("'" + e.getInput() + "' is not a usable path: " + hint);
        }
    }

    /** Reads the version from the build. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"alliance-sim " + Version.get(), "Java " + System.getProperty("java.version")};
        }
    }
}

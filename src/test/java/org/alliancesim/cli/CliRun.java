package org.alliancesim.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The one way the tests run the command line in this JVM: as {@link Main} configures it (every
 * command, the error handler, the path converter), with what it writes captured.
 */
public record CliRun(int exit, String out, String err) {

    /**
     * Runs one command with {@code System.out} and {@code System.err} captured as well (the GUI's
     * messages, progress bars), so runs through here take turns.
     */
    public static synchronized CliRun of(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            int code = Main.execute(args);
            o.flush();
            e.flush();
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /**
     * Runs one command capturing only what it writes through the command line's own writers, so
     * that several can run at once (a sweep beside another, a cluster's workers).
     */
    public static CliRun alongside(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = Main.execute(cl, args);
        return new CliRun(code, out.toString(), err.toString());
    }

    public boolean hasStackTrace() {
        return err.contains("\tat ") || err.contains("Exception in thread");
    }
}

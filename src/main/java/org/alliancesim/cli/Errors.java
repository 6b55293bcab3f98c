package org.alliancesim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.alliancesim.output.OutputException;
import org.alliancesim.output.OutputFolder;
import org.alliancesim.scenario.ScenarioException;
import picocli.CommandLine;

/**
 * Turns exceptions into messages and exit codes: bad input exits 2 with every problem on its own
 * line (file:line:column: field: message), output errors exit 3, a cluster sweep that lost every worker, or a run whose model computed NaN or infinity, exits 4, an out-of-memory error exits 5, anything else exits 1. A stack
 * trace is printed only with {@code --debug}.
 */
final class Errors implements CommandLine.IExecutionExceptionHandler {
    static final int BAD_INPUT = 2;
    static final int OUTPUT_ERROR = 3;
    /** A cluster sweep could not finish (no worker reachable or left); its finished chunks are kept for --resume. */
    static final int CLUSTER_ERROR = 4;
    /** The model computed a number that is not finite (NaN or infinity); nothing was written. */
    static final int MODEL_ERROR = 4;
    /** The JVM ran out of heap: nothing was written (the output is absent or as it was). */
    static final int OUT_OF_MEMORY = 5;

    /** The message for an {@link OutOfMemoryError}, naming this JVM's heap and how to enlarge it. */
    static String outOfMemory() {
        return "out of memory: this JVM's heap (" + Limits.size(Runtime.getRuntime().maxMemory()) + ") is too small"
                + " for this input; nothing was written (--out is absent or as it was); give Java a larger heap,"
                + " e.g. ALLIANCE_SIM_JAVA_OPTS=-Xmx4g ./alliance-sim ..., or java -Xmx4g -jar target/alliance-sim.jar ...";
    }

    /**
     * Makes an {@link OutOfMemoryError} in any thread that no future or caller catches halt the
     * JVM with {@link #OUT_OF_MEMORY} and the message (no stack trace), instead of leaving a
     * command without the thread it waits for. Nothing is renamed into place after that, so no
     * output is partial; a temporary folder may remain, as after {@code kill -9}.
     */
    static void haltOnOutOfMemory() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            if (e instanceof OutOfMemoryError) {
                System.err.println("error: " + outOfMemory());
                System.err.flush();
                Runtime.getRuntime().halt(OUT_OF_MEMORY);
            } else if (previous != null) {
                previous.uncaughtException(t, e);
            } else {
                System.err.print("Exception in thread \"" + t.getName() + "\" ");
                e.printStackTrace(System.err);
            }
        });
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        boolean debug = parsed.matchedOption("--debug") != null || hasDebug(parsed);
        var err = cl.getErr();
        int code;
        if (ex instanceof ScenarioException se) {
            se.problems().forEach(p -> err.println("error: " + p));
            code = BAD_INPUT;
        } else if (ex instanceof InputException ie) {
            err.println("error: " + ie.getMessage());
            code = BAD_INPUT;
        } else if (ex instanceof org.alliancesim.cluster.ClusterException ce) {
            err.println("error: " + ce.getMessage());
            code = CLUSTER_ERROR;
        } else if (ex instanceof org.alliancesim.experiment.NonFiniteException nf) {
            err.println("error: " + nf.getMessage());
            code = MODEL_ERROR;
        } else if (ex instanceof OutputException oe) {
            err.println("error: " + oe.getMessage());
            code = OUTPUT_ERROR;
        } else if (outOfMemoryCause(ex)) {
            // a worker thread's OutOfMemoryError, carried back by its future
            err.println("error: " + outOfMemory());
            code = OUT_OF_MEMORY;
        } else if (ioCause(ex) != null) {
            // every command's read and write failures (disk full, permission denied, a vanished
            // file) end here: exit 3 and the reason, never a stack trace; commands write into
            // temporary folders and files, so nothing partial is left in place
            IOException io = ioCause(ex);
            err.println("error: " + OutputFolder.describeForUser(io));
            code = OUTPUT_ERROR;
        } else {
            err.println("error: " + ex + (debug ? "" : " (run with --debug for details)"));
            code = 1;
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static boolean outOfMemoryCause(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** The I/O failure behind {@code ex} (itself, or an UncheckedIOException's cause), or null. */
    static IOException ioCause(Throwable ex) {
        if (ex instanceof IOException io) {
            return io;
        }
        if (ex instanceof UncheckedIOException u) {
            return u.getCause();
        }
        return null;
    }

    private static boolean hasDebug(CommandLine.ParseResult p) {
        for (CommandLine.ParseResult r = p; r != null; r = r.subcommand()) {
            if (r.matchedOption("--debug") != null) {
                return true;
            }
        }
        return false;
    }
}

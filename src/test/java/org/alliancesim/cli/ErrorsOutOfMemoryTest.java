package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * An {@link OutOfMemoryError} that a worker thread's future carries back (wrapped, as the sweep
 * runner wraps errors) takes the out-of-memory path: exit 5 and the one line, no stack trace.
 * ({@link OutOfMemoryTest} shows the same for the command's own thread in a child JVM.)
 */
class ErrorsOutOfMemoryTest {
    @Test
    void anOutOfMemoryErrorBehindAnyExceptionExitsFiveWithTheOneLine() {
        CommandLine cl = new CommandLine(new Main());
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        CommandLine.ParseResult parsed = cl.parseArgs("validate", "x.yaml");
        Exception ex = new RuntimeException(new java.util.concurrent.ExecutionException(new OutOfMemoryError("Java heap space")));
        int code = new Errors().handleExecutionException(ex, cl, parsed);
        assertThat(code).isEqualTo(5);
        assertThat(err.toString()).startsWith("error: out of memory: this JVM's heap (")
                .contains("nothing was written").contains("-Xmx").doesNotContain("\tat ");
        assertThat(err.toString().lines().count()).isEqualTo(1);
    }
}

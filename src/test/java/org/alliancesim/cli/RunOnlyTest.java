package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@code run} parsed by the command line that holds only it ({@link RunOnly}) behaves as under the
 * whole one: the same help, version, errors and exit status for each argument list, and the
 * whole one is still built for anything that does not start with {@code run}.
 */
class RunOnlyTest {
    static Stream<List<String>> argumentLists() {
        return Stream.of(List.of("run", "--help"), List.of("run", "-h"), List.of("run", "--version"), List.of("run", "-V"),
                List.of("run", "--bogus"), List.of("run", "--reps", "many"), List.of("run", "--reps", "0"),
                List.of("run", "--theory", "nope"), List.of("run", "no-such-file.yaml", "--quiet"),
                List.of("run", "--record", "NONE", "no-such-file.yaml"), List.of("run", "--debug", "no-such-file.yaml"),
                List.of("run", "--steps", "-1"), List.of("run", "a.yaml", "b.yaml"), List.of("run", "--threads", "x"));
    }

    private static List<Object> outcome(CommandLine cl, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = Main.execute(cl, args.toArray(String[]::new));
        // a stack trace (--debug) names the test's own lines that called: left out
        return List.of(code, out.toString(), err.toString().replaceAll("(?m)^\\s+at .*\\R", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("argumentLists")
    void runAloneAnswersAsTheWholeCommandLine(List<String> args) {
        assertThat(RunOnly.fits(args.toArray(String[]::new))).isTrue();
        List<Object> whole = outcome(Main.commandLine(), args);
        if (!args.contains("--version") && !args.contains("-V")) { // run has no version of its own: both print nothing
            assertThat(whole.get(1) + "" + whole.get(2)).as("what the whole command line prints").isNotBlank();
        }
        assertThat(outcome(RunOnly.commandLine(), args)).isEqualTo(whole);
    }

    @Test
    void onlyArgumentsThatStartWithRunTakeIt() {
        assertThat(RunOnly.fits()).isFalse();
        assertThat(RunOnly.fits("--debug", "run")).isFalse();
        assertThat(RunOnly.fits("runs")).isFalse();
        assertThat(RunOnly.fits("help", "run")).isFalse();
        assertThat(RunOnly.fits("run")).isTrue();
    }
}

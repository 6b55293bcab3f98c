package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Charts' tick labels do not change with the locale (issue 18): the same run in a German, an
 * Arabic and an English JVM writes byte-identical SVG charts (whose text holds every tick label),
 * as the CSVs already were.
 */
@org.alliancesim.Slow // starts child JVMs: in mvn verify, not the everyday suite
class ChartLocaleTest {
    @TempDir
    Path dir;

    @Test
    void chartsAreTheSameInEveryLocale() throws Exception {
        List<String> svgs = new ArrayList<>();
        for (String[] locale : new String[][] {{"en", "US"}, {"de", "DE"}, {"ar", "EG"}}) {
            Path out = dir.resolve("out-" + locale[0]);
            List<String> cmd = new ArrayList<>(CompleteRun.javaCommand("run", "scenarios/iran-russia.yaml", "--reps", "2",
                    "--steps", "12", "--theory", "identity", "--quiet", "--threads", "1", "--out", out.toString()));
            cmd.add(1, "-Duser.language=" + locale[0]);
            cmd.add(2, "-Duser.country=" + locale[1]);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            svgs.add(Files.readString(out.resolve("stability.svg")) + Files.readString(out.resolve("survival.svg")));
        }
        assertThat(svgs.get(1)).isEqualTo(svgs.get(0));
        assertThat(svgs.get(2)).isEqualTo(svgs.get(0));
        assertThat(svgs.get(0)).contains(">0.5<");
    }
}

package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * A path Java cannot represent (non-ASCII under {@code LC_ALL=C}) is refused with exit 2 and the
 * likely cause and fix, not a bare InvalidPathException.
 */
@EnabledOnOs(OS.LINUX)
class PathEncodingTest {
    @Test
    void aNonAsciiPathUnderTheCLocaleSaysWhatToDo() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(CompleteRun.javaCommand("validate", "/tmp/d\u00e9j\u00e0/s.yaml"))
                .redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C");
        pb.environment().remove("LANG");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("is not a usable path").contains("LC_ALL=C.UTF-8").doesNotContain("\tat ");
    }
}

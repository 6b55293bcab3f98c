package org.alliancesim.backtest.atop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.alliancesim.world.Level;
import org.junit.jupiter.api.Test;

/** The real ATOP files in ../shared/data, when present (skipped otherwise). */
class AtopRealDataTest {
    static final Path DIR = Path.of("..", "shared", "data");

    static Path real(String name) {
        Path p = DIR.resolve(name);
        assumeTrue(Files.isReadable(p), () -> "skipped: " + p.toAbsolutePath().normalize() + " not present");
        return p;
    }

    @Test
    void dyadYearsReadWithEveryCodeKnown() throws IOException {
        var codes = AtopReader.cowCodes(real("cow-states.csv"));
        AllianceTable t = AtopReader.read(real("atop-dyad-years-1815-1954.csv"), codes::contains);
        assertThat(t.firstYear()).isEqualTo(1815);
        assertThat(t.lastYear()).isEqualTo(1954);
        // NATO (1949): the United States (2) and the United Kingdom (200) have a defence pact in 1950
        assertThat(Obligation.level(t.obligations(1950, 200, 2))).isEqualTo(Level.ALLIANCE);
        assertThat(Obligation.defence(t.obligations(1950, 2, 200))).isTrue();
    }

    /** ATOP v4.01's member file has one row with a code no COW state has (8152, alliance 1320): it must be named. */
    @Test
    void theMemberFilesUnknownCodeIsReportedWithLineAndColumn() throws IOException {
        var codes = AtopReader.cowCodes(real("cow-states.csv"));
        Path members = real("atop-members-to-1954.csv");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtopReader.read(members, codes::contains))
                .isInstanceOf(org.alliancesim.data.DataFormatException.class)
                .hasMessageContaining("atop-members-to-1954.csv:203:4: member: unknown state code 8152");
        AllianceTable mem = AtopReader.read(members, c -> true);
        assertThat(mem.lastYear()).isEqualTo(1954);
        assertThat(Obligation.defence(mem.obligations(1950, 2, 200))).isTrue();
    }
}

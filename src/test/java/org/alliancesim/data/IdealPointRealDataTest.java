package org.alliancesim.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads the real Bailey-Strezhnev-Voeten file (skipped when {@code ../shared/data} is absent). */
class IdealPointRealDataTest {

    private static IdealPoints ip;

    @BeforeEach
    void load() throws IOException {
        Path file = TestData.real("IdealpointestimatesAll_Jun2024.csv"); // skips each test when absent
        if (ip == null) {
            ip = IdealPointReader.read(file);
        }
    }

    @Test
    void readsAllRowsAndTheSeedCaseFigures() {
        assertThat(ip.points()).hasSize(11_238);
        assertThat(ip.sessions().first()).isEqualTo(1);
        assertThat(ip.sessions().last()).isEqualTo(78);
        assertThat(ip.idealPoint(630, 78).getAsDouble()).isCloseTo(-1.744, within(5e-4));
        assertThat(ip.idealPoint(365, 78).getAsDouble()).isCloseTo(-0.532, within(5e-4));
        assertThat(ip.idealPoint(710, 78).getAsDouble()).isCloseTo(-0.801, within(5e-4));
        assertThat(ip.idealPoint(2, 78).getAsDouble()).isCloseTo(2.500, within(5e-4));
        assertThat(ip.get(2, 78).orElseThrow().iso3c()).isEqualTo("USA");
    }

    @Test
    void firstSessionOfLateMembersMatchesTheSessionToYearMapping() {
        Map<Integer, Integer> firstSession = new TreeMap<>();
        ip.points().forEach(p -> firstSession.merge(p.ccode(), p.session(), Math::min));
        // UN admission dates: South Sudan 14 Jul 2011, Montenegro 28 Jun 2006,
        // Switzerland 10 Sep 2002, Eritrea 28 May 1993, both Germanys 18 Sep 1973.
        assertThat(UnSessions.startYear(firstSession.get(626))).isEqualTo(2011);
        assertThat(UnSessions.startYear(firstSession.get(341))).isEqualTo(2006);
        assertThat(UnSessions.startYear(firstSession.get(225))).isEqualTo(2002);
        assertThat(UnSessions.startYear(firstSession.get(531))).isEqualTo(1993);
        assertThat(UnSessions.startYear(firstSession.get(260))).isEqualTo(1973);
    }
}

package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain}: both sides' factors, what caps the tie, the last change, and the factors over time. */
class ExplainCommandTest {
    @TempDir
    Path dir;

    @Test
    void namesBothSidesTheirFactorsAndWhatCapsTheTie() {
        CliRun r = CliRun.of("explain", "--pair", "IRN,RUS", "--theory", "balance-of-threat", "--at", "2030Q2");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("IRN-RUS at 2030Q2 (step 33)")
                .containsPattern("IRN wants RUS: 0\\.\\d{3} \\(balance-of-threat\\)")
                .containsPattern("RUS wants IRN: 0\\.\\d{3} \\(balance-of-threat\\)")
                .contains("threat from USA").contains("supply: denying USA the partner")
                .contains("consent, the smaller desire").contains("level coalition")
                .contains("last change: 2025Q2, alignment -> coalition")
                .contains("balanceOfThreat  threatHalf=0.05").contains("sharedBy=partner")
                .contains("alliances        allyWeight=1.0, blocWeight=0.75").contains("bargaining=consent");
    }

    @Test
    void aFallNamesItsCauseAndDecider() {
        CliRun r = CliRun.of("explain", "scenarios/termination/w2-us-threat-recedes.yaml", "--pair", "IRN,RUS",
                "--theory", "balance-of-threat");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("-> none; cause W2").contains("decided by IRN").contains("level none");
    }

    @Test
    void overTimeWritesTidyFactorsForEveryStep() throws Exception {
        Path csv = dir.resolve("factors.csv");
        CliRun r = CliRun.of("explain", "--pair", "IRN,RUS", "--at", "9", "--over-time", csv.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("step,date,state,partner,theory,factor,value");
        assertThat(lines).anyMatch(l -> l.startsWith("0,2022Q1,IRN,RUS,balance-of-threat,desire,"))
                .anyMatch(l -> l.startsWith("9,2024Q2,RUS,IRN,balance-of-threat,vulnerability to USA without partner,"))
                .noneMatch(l -> l.startsWith("10,"));
    }

    @Test
    void badInputExitsTwoNamingTheProblem() {
        assertThat(CliRun.of("explain", "--pair", "IRN,XXX").err()).contains("no state 'XXX'");
        CliRun late = CliRun.of("explain", "--pair", "IRN,RUS", "--at", "2099Q1");
        assertThat(late.exit()).isEqualTo(2);
        assertThat(late.err()).contains("not a date or step of this run (2022Q1 to 2046Q4");
        assertThat(CliRun.of("explain", "--pair", "IRN").exit()).isEqualTo(2);
    }
}

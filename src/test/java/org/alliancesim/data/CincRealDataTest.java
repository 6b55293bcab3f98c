package org.alliancesim.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link CincCalculator} against COW's published {@code cinc} column for every state-year of
 * NMC v6.0 (skipped when {@code ../shared/data/NMC-60-abridged.csv} is absent).
 *
 * <p>The file gives CINC to 8 significant digits at most (some values have fewer, trailing zeros
 * dropped), so the tolerance is a relative difference of 1e-6: ten times looser than anything seen
 * (measured maximum 1.2e-7 relative, 2.4e-8 absolute), much tighter than any difference a wrong rule
 * makes (treating a missing component as a zero sixth share is off by up to 0.058 absolute).
 */
class CincRealDataTest {

    static final double RELATIVE_TOLERANCE = 1e-6;

    private static NmcData data;
    private static List<CincValue> computed;

    @BeforeEach
    void load() throws IOException {
        Path file = TestData.real("NMC-60-abridged.csv"); // skips each test, with a message, when absent
        if (data == null) {
            data = NmcData.read(file);
            computed = CincCalculator.compute(data.records());
        }
    }

    @Test
    void reproducesCowCincForEveryStateYear() {
        assertThat(computed).hasSize(data.records().size()).hasSize(15_951);
        double maxAbs = 0;
        double maxRel = 0;
        String worst = "";
        int failures = 0;
        StringBuilder firstFailures = new StringBuilder();
        for (CincValue c : computed) {
            NmcRecord r = data.get(c.ccode(), c.year()).orElseThrow();
            double cow = r.cinc().orElseThrow();
            double mine = c.cinc().orElseThrow();
            double abs = Math.abs(mine - cow);
            double rel = abs / Math.abs(cow);
            if (abs > maxAbs) {
                maxAbs = abs;
            }
            if (rel > maxRel) {
                maxRel = rel;
                worst = String.format(Locale.ROOT, "%s %d: mine %.12g, COW %s", c.stateabb(), c.year(), mine, cow);
            }
            if (rel > RELATIVE_TOLERANCE) {
                if (failures++ < 10) {
                    firstFailures.append(String.format(Locale.ROOT, "%n  %s %d: mine %.10g COW %.10g", c.stateabb(),
                            c.year(), mine, cow));
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "CINC vs COW over %d state-years: max abs diff %.3g, max rel diff %.3g (%s); tolerance %.0e relative%n",
                computed.size(), maxAbs, maxRel, worst, RELATIVE_TOLERANCE);
        assertThat(failures).as("state-years outside tolerance:%s", firstFailures).isZero();
        assertThat(maxAbs).isLessThan(1e-7);
    }

    @Test
    void missingComponentsAreLeftOutOfTheMeanNotCountedAsZero() {
        // China 1860: milex and upop are -9. COW's cinc 0.17428753 is the mean of the four known shares;
        // treating the two missing components as zero shares would give 2/3 of it.
        NmcRecord chn = data.get(710, 1860).orElseThrow();
        assertThat(chn.milex()).isEmpty();
        assertThat(chn.upop()).isEmpty();
        CincValue mine = find(710, 1860);
        assertThat(mine.componentsUsed()).isEqualTo(4);
        assertThat(mine.cinc().getAsDouble()).isCloseTo(chn.cinc().getAsDouble(), within(1e-7));
        assertThat(mine.cinc().getAsDouble() * 4 / 6).isNotCloseTo(chn.cinc().getAsDouble(), within(0.01));

        long withMissing =
                data.records().stream()
                        .filter(r -> Arrays.stream(NmcComponent.values()).anyMatch(c -> r.component(c).isEmpty()))
                        .count();
        assertThat(withMissing).as("state-years with at least one -9 component").isEqualTo(2_661);
    }

    @Test
    void matchesTheSeedCaseFigures2016() {
        assertThat(find(2, 2016).cinc().getAsDouble()).isCloseTo(0.13306, within(5e-6));
        assertThat(find(365, 2016).cinc().getAsDouble()).isCloseTo(0.03647, within(5e-6));
        assertThat(find(710, 2016).cinc().getAsDouble()).isCloseTo(0.23062, within(5e-6));
        assertThat(find(630, 2016).cinc().getAsDouble()).isCloseTo(0.01535, within(5e-6));
        assertThat(data.statesIn(2016)).hasSize(195);
        OptionalDouble none = OptionalDouble.empty();
        assertThat(computed).noneMatch(c -> c.cinc().equals(none));
    }

    private static CincValue find(int ccode, int year) {
        return computed.stream()
                .filter(c -> c.ccode() == ccode && c.year() == year)
                .findFirst()
                .orElseThrow();
    }
}

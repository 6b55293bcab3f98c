package org.alliancesim.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reads the real {@code capdist.csv} (skipped when {@code ../shared/data} is absent). */
class CapdistRealDataTest {

    private static CapitalDistances capdist;

    @BeforeEach
    void load() throws IOException {
        Path file = TestData.real("capdist.csv"); // skips each test, with a message, when absent
        if (capdist == null) {
            capdist = CapdistReader.read(file);
        }
    }

    @Test
    void readsAllDyadsAndTheSeedCaseDistances() {
        assertThat(capdist.dyads()).hasSize(41_006);
        assertThat(capdist.kmBetween("RUS", "IRN")).hasValue(2463);
        assertThat(capdist.kmBetween("USA", "IRN")).hasValue(10233);
        assertThat(capdist.kmBetween("CHN", "IRN")).hasValue(5641);
        assertThat(capdist.kmBetween("USA", "RUS")).hasValue(7873);
        assertThat(capdist.kmBetween(2, 630)).isEqualTo(capdist.kmBetween(630, 2));
    }

    @Test
    void coversCow2016StatesExceptSixMissingFromTheFile() throws IOException {
        NmcData nmc = NmcData.read(TestData.real("NMC-60-abridged.csv"));
        List<CowState> missing =
                nmc.statesIn(2016).stream().filter(s -> !capdist.contains(s.ccode())).toList();
        assertThat(missing)
                .extracting(CowState::stateabb)
                .containsExactly("KOS", "SSD", "KIR", "TUV", "TON", "NAU");
        // Every other 2016 state is found by its COW abbreviation too (UKG, ROM, FIJ via aliases).
        assertThat(nmc.statesIn(2016))
                .filteredOn(s -> capdist.contains(s.ccode()))
                .allSatisfy(s -> assertThat(capdist.ccodeOf(s.stateabb())).hasValue(s.ccode()));
    }
}

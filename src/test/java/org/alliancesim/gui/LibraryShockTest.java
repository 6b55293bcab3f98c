package org.alliancesim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.alliancesim.TestScenarios;
import org.alliancesim.model.AllianceModel;
import org.alliancesim.model.TieChange;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The GUI's shocks are the scenario library's events: firing one on the default scenario when
 * the run reaches the file's first event step gives, step for step, the same series and the same
 * level changes (with the same causes) as running the library file itself.
 */
class LibraryShockTest {
    private static final Path LIBRARY = Path.of("scenarios", "termination");
    private static final Scenario S = TestScenarios.defaultScenario();

    static Stream<LibraryShock> shocks() throws Exception {
        return ShockLibrary.load(LIBRARY, S).stream();
    }

    @Test
    void everyLibraryFileIsOfferedWithItsCodeAndTitle() throws Exception {
        List<LibraryShock> all = ShockLibrary.load(LIBRARY, S);
        assertThat(all).extracting(LibraryShock::code)
                .containsExactly("W1", "W2", "W3", "W4", "W5", "W6", "W6", "S1", "S2");
        LibraryShock w6 = ShockLibrary.find(all, "w6-us-decline");
        assertThat(w6.title()).isEqualTo("the US is no longer a superpower");
        assertThat(w6.events()).as("power, economy, reach and offense, as the file says").hasSize(4);
        assertThat(ShockLibrary.find(all, "w3").events().get(0).scale()).isEqualTo(40.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shocks")
    void aGuiShockAndTheSameFileGiveIdenticalSeries(LibraryShock shock) throws Exception {
        for (String theory : new String[] {"balance-of-threat", "schweller-bandwagoning"}) {
            Scenario file = ScenarioLoader.load(LIBRARY.resolve(shock.id() + ".yaml"));
            AllianceModel batch = new AllianceModel(file, theory, org.alliancesim.experiment.Seeds.replication(5, 0));
            batch.start();
            Session gui = new Session(S, theory, 5);
            int steps = S.time().steps();
            for (int t = 0; t < steps; t++) {
                if (t == shock.firstStep()) {
                    gui.fire(shock);
                }
                batch.schedule.step(batch);
                gui.step();
                AllianceModel m = gui.model();
                for (int j = 0; j < S.states().size(); j++) {
                    for (int i = 0; i < S.states().size(); i++) {
                        assertThat(m.ties().commitment(i, j)).as("%s %s step %d", shock.id(), theory, t)
                                .isEqualTo(batch.ties().commitment(i, j));
                        assertThat(m.desire(i, j)).isEqualTo(batch.desire(i, j));
                    }
                }
            }
            assertThat(gui.model().changes()).extracting(TieChange::toString)
                    .containsExactlyElementsOf(batch.changes().stream().map(TieChange::toString).toList());
        }
    }
}

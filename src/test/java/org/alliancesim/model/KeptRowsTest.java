package org.alliancesim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.alliancesim.decision.Factors;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.world.Assessment;
import org.alliancesim.world.PowerParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rows a module keeps between steps (identity, interdependence, Schweller's pull of the
 * stronger: {@code RowMemo}) follow their inputs: after an event, a live change of an input or
 * of the parameters, every desire the model decides equals the module's formula evaluated afresh
 * on the step's assessment, bit for bit, and the desire does move. States: A=0, B=1, C=2; the
 * focal state A uses the theory under test.
 */
class KeptRowsTest {

    static Stream<Arguments> eventsThatMoveAKeptRow() {
        return Stream.of(
                Arguments.of("interdependence", "  - {type: trade, state: A, partner: B, value: 0.2, step: 5}\n", 5),
                Arguments.of("interdependence", "  - {type: trade, state: A, partner: B, value: 0.2, ramp: [5, 9]}\n", 6),
                Arguments.of("schweller-bandwagoning", "  - {type: power, state: A, component: military, scale: 6, step: 5}\n", 5),
                Arguments.of("schweller-bandwagoning", "  - {type: power, state: C, component: economy, scale: 0.2, ramp: [5, 9]}\n", 6));
    }

    /** theory of A, the event, the first step whose desires it moves (a ramp starts from the value at its first step). */
    @ParameterizedTest(name = "{0} after {1}")
    @MethodSource("eventsThatMoveAKeptRow")
    void anEventMovesTheKeptRow(String theory, String event, int moves) throws Exception {
        AllianceModel m = new AllianceModel(EventTestWorld.scenario(event), theory, 7);
        List<double[]> decided = new ArrayList<>();
        m.addRecorder((model, step) -> decided.add(checkedRow(model)));
        m.runSteps(EventTestWorld.STEPS);

        assertThat(decided.get(moves - 1)).as("unchanged before the event").isEqualTo(decided.get(0));
        assertThat(decided.get(moves)).as("moved at step %d", moves).isNotEqualTo(decided.get(moves - 1));
        assertThat(decided.get(19)).isNotEqualTo(decided.get(0));
    }

    @Test
    void aLiveChangeOfAnInputOrOfTheParametersMovesTheKeptRow() throws Exception {
        AllianceModel m = new AllianceModel(EventTestWorld.scenario("  []\n"), "schweller-bandwagoning", 7);
        m.start();
        List<double[]> decided = new ArrayList<>();
        for (int t = 0; t < 12; t++) {
            if (t == 4) { // as the GUI's power slider does, between steps
                var in = m.controls().inputs();
                in.setComponent(0, in.militaryComponent(), in.component(0, in.militaryComponent()) * 8);
            }
            if (t == 8) { // other weights of the power components: a new assessment
                Parameters p = m.scenario().parameters();
                m.controls().applyParameters(new Parameters(p.threat(), p.proximity(),
                        new PowerParams(Map.of("population", 0.0, "economy", 0.0, "military", 1.0)), p.perception(),
                        p.ties(), p.balanceOfThreat(), p.waltBandwagoning(), p.interests(), p.schweller(),
                        p.balanceOfPower(), p.interdependence(), p.identity(), p.landscape(), p.alliances(),
                        p.learning()));
            }
            m.schedule.step(m);
            decided.add(checkedRow(m));
        }
        m.finish();
        assertThat(decided.get(3)).isEqualTo(decided.get(0));
        assertThat(decided.get(4)).isNotEqualTo(decided.get(3));
        assertThat(decided.get(7)).isEqualTo(decided.get(5));
        assertThat(decided.get(8)).isNotEqualTo(decided.get(7));
    }

    /** The preponderant powers, kept while power and gradient stand, follow a power event and a reach event. */
    @Test
    void theDominantPowersFollowPowerAndReach() throws Exception {
        String events = "  - {type: power, state: A, component: economy, scale: 40, step: 5}\n"
                + "  - {type: reach, state: A, value: 0.01, step: 9}\n";
        AllianceModel m = new AllianceModel(EventTestWorld.scenario(events), null, 7);
        List<int[]> dominant = new ArrayList<>();
        m.addRecorder((model, step) -> {
            Parameters p = model.scenario().parameters();
            Assessment fresh = new Assessment(model.inputs(), p.threat(), p.proximity(), p.power(), p.alliances());
            int[] d = new int[6];
            for (int i = 0; i < 3; i++) {
                for (int rank = 0; rank < 2; rank++) {
                    int except = rank == 0 ? -1 : fresh.dominantPower(i, -1);
                    d[2 * i + rank] = model.view().dominantPower(i, except);
                    assertThat(d[2 * i + rank]).as("state %d, step %d", i, step).isEqualTo(fresh.dominantPower(i, except));
                }
            }
            dominant.add(d);
        });
        m.runSteps(EventTestWorld.STEPS);
        assertThat(dominant.get(5)).isNotEqualTo(dominant.get(4));
        assertThat(dominant.get(9)).isNotEqualTo(dominant.get(8));
    }

    /** A's decided row, checked against the module's formula afresh on this step's assessment. */
    private static double[] checkedRow(AllianceModel model) {
        int n = model.inputs().size();
        double[] row = new double[n];
        for (int j = 0; j < n; j++) {
            row[j] = model.desire(0, j);
            double fresh = j == 0 ? 0 : model.module(0).decide(model.view(), 0, j, Factors.NONE);
            assertThat(row[j]).as("desire of A toward %d at step %d", j, model.step()).isEqualTo(fresh);
        }
        return row;
    }
}

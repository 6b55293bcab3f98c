package org.alliancesim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancesim.TestScenarios;
import org.alliancesim.decision.Theories;
import org.alliancesim.model.AllianceModel;
import org.alliancesim.scenario.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sim.util.Interval;
import sim.util.Properties;

/** The Model tab's controls act on the running model at once, through MASON's properties. */
class ControlsTest {
    private static final Scenario S = TestScenarios.defaultScenario();
    private static final int IRN = S.indexOf("IRN");
    private static final int RUS = S.indexOf("RUS");
    private static final int USA = S.indexOf("USA");
    private AllianceModel model;
    private Controls controls;
    private Properties props;

    @BeforeEach
    void startAndRun() {
        model = new AllianceModel(S, "balance-of-threat", 2);
        model.start();
        controls = new Controls(model, S);
        controls.reset();
        props = controls.properties();
        step(20);
    }

    private void step(int n) {
        for (int t = 0; t < n; t++) {
            model.schedule.step(model);
        }
    }

    private int index(String name) {
        for (int k = 0; k < props.numProperties(); k++) {
            if (props.getName(k).equals(name)) {
                return k;
            }
        }
        throw new AssertionError("no control named '" + name + "'");
    }

    @Test
    void namesAreReadableAndNumbersHaveSliderRanges() {
        assertThat(props.getValue(index("Focal state"))).isEqualTo("Iran");
        assertThat(props.getDomain(index("its aggressive intent"))).isInstanceOf(Interval.class);
        assertThat(props.getDomain(index("Half-strength distance, km"))).isInstanceOf(Interval.class);
        assertThat((Object[]) props.getDomain(index("Theory of Iran"))).containsExactlyElementsOf(Theories.names());
        assertThat(props.getValue(index("Intent Iran sees in"))).as("starts on Iran's principal threat")
                .isEqualTo(java.util.Arrays.asList((Object[]) props.getDomain(index("Intent Iran sees in"))).indexOf("United States"));
        assertThat(props.getValue(index("Power of"))).as("starts on Iran's partner")
                .isEqualTo(java.util.Arrays.asList((Object[]) props.getDomain(index("Power of"))).indexOf("Russia"));
    }

    @Test
    void theIntentSliderMovesWhatIranPerceivesInTheUs() {
        props.setValue(index("its aggressive intent"), (Object) 0.1);
        assertThat(model.intentSignal(IRN, USA)).isEqualTo(0.1);
        step(30);
        assertThat(model.inputs().intent(IRN, USA)).isLessThan(0.3);
    }

    @Test
    void thePowerMultiplierScalesRussiaAndReturnsExactlyAtOne() {
        double before = model.inputs().component(RUS, 0);
        props.setValue(index("its power multiplier"), (Object) 2.0);
        assertThat(model.inputs().component(RUS, 0)).isCloseTo(2 * before, org.assertj.core.api.Assertions.within(1e-9));
        props.setValue(index("its power multiplier"), (Object) 1.0);
        assertThat(model.inputs().component(RUS, 0)).isCloseTo(before, org.assertj.core.api.Assertions.within(1e-9));
        props.setValue(index("its power multiplier"), (Object) 0.0);
        assertThat(props.getValue(index("its power multiplier"))).as("a zero multiplier is refused").isEqualTo(1.0);
    }

    @Test
    void theTheoryChoiceSwitchesIransModuleAndTheGradientIsRebuiltLive() {
        props.setValue(index("Theory of Iran"), (Object) Theories.names().indexOf("identity"));
        assertThat(model.moduleName(IRN)).isEqualTo("identity");
        double threatBefore = model.view().threat(IRN, USA);
        props.setValue(index("Half-strength distance, km"), (Object) 10000.0);
        assertThat(model.scenario().parameters().proximity().halfDistanceKm()).isEqualTo(10000.0);
        assertThat(model.view().threat(IRN, USA)).as("the far US is felt more strongly").isGreaterThan(threatBefore);
        assertThat(model.moduleName(IRN)).as("new parameters keep the chosen module").isEqualTo("identity");
    }

    @Test
    void tickingAFireBoxAppliesTheEventAndSaysWhat() {
        int w2 = index("Fire W2: common threat recedes");
        assertThat(props.getValue(w2)).isEqualTo(false);
        props.setValue(w2, (Object) true);
        assertThat(props.getValue(w2)).as("the box unticks itself").isEqualTo(false);
        assertThat(model.intentSignal(IRN, USA)).isEqualTo(0.05);
        assertThat((String) props.getValue(index("Last fired"))).startsWith("W2 at 20");
        assertThat(props.getValue(index("What it changed"))).isEqualTo("USA intent -> 0.05");
    }

    @Test
    void beforeTheFirstStartTheControlsShowDefaultsAndChangeNothing() {
        AllianceModel fresh = new AllianceModel(S, null, 1);
        Controls c = new Controls(fresh, S);
        Properties p = c.properties();
        for (int k = 0; k < p.numProperties(); k++) {
            assertThat(p.getValue(k)).as(p.getName(k)).isNotNull();
        }
        p.setValue(index("its aggressive intent"), (Object) 0.3);
        assertThat(fresh.view()).isNull();
    }

    @Test
    void aChosenTheoryHoldsAcrossARestartWhileTheSlidersReturnToTheScenario() {
        props.setValue(index("Theory of Iran"), (Object) Theories.names().indexOf("schweller-bandwagoning"));
        props.setValue(index("its aggressive intent"), (Object) 0.2);
        model.start();
        controls.reset();
        assertThat(model.moduleName(IRN)).isEqualTo("schweller-bandwagoning");
        assertThat(model.intentSignal(IRN, USA)).isGreaterThan(0.8);
    }
}

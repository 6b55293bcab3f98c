package org.alliancesim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.alliancesim.world.Channel;
import org.alliancesim.world.Revisionism;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every event type moves its input as docs/events.md says: a jump ({@code step: 5}) sets the
 * target at step 5; a ramp ({@code ramp: [5, 15]}) starts from the value at step 5 and reaches
 * the target at step 15, halfway at step 10. States: A=0, B=1, C=2.
 */
class EventScheduleTest {
    private static final double EPS = 1e-9;

    /** type, the event's fields (besides the window), the probe, the value before, the target. */
    static Stream<Arguments> directInputs() {
        return Stream.of(
                Arguments.of("intent (the signal perception follows)", "type: intent, state: A, partner: B, value: 0.9",
                        (ToDoubleFunction<AllianceModel>) m -> m.controls().intentSignal(0, 1), 0.1, 0.9),
                Arguments.of("power, one component scaled", "type: power, state: A, component: military, scale: 3",
                        (ToDoubleFunction<AllianceModel>) m -> m.inputs().component(0, m.inputs().militaryComponent()), 10.0, 30.0),
                Arguments.of("offense toward one partner", "type: offense, state: A, partner: B, value: 0.9",
                        (ToDoubleFunction<AllianceModel>) m -> m.inputs().offense(0, 1), 0.4, 0.9),
                Arguments.of("offense toward every state", "type: offense, state: A, value: 0.0",
                        (ToDoubleFunction<AllianceModel>) m -> m.inputs().offense(0, 2), 0.4, 0.0),
                Arguments.of("reach", "type: reach, state: A, value: 3",
                        (ToDoubleFunction<AllianceModel>) m -> m.inputs().reach(0), 1.0, 3.0),
                Arguments.of("credibility", "type: credibility, state: A, partner: B, value: 0.2",
                        (ToDoubleFunction<AllianceModel>) m -> m.inputs().credibility(0, 1), 0.8, 0.2),
                Arguments.of("gains, one channel", "type: gains, state: A, partner: B, channel: military, value: 0.1",
                        (ToDoubleFunction<AllianceModel>) m -> m.inputs().gain(0, 1, Channel.MILITARY), 0.6, 0.1),
                Arguments.of("trade", "type: trade, state: A, partner: B, value: 0.5",
                        (ToDoubleFunction<AllianceModel>) m -> m.inputs().trade(0, 1), 0.1, 0.5));
    }

    @ParameterizedTest(name = "jump: {0}")
    @MethodSource("directInputs")
    void aJumpSetsTheTargetAtItsStep(String label, String fields, ToDoubleFunction<AllianceModel> probe, double before,
                                     double target) throws Exception {
        double[] v = EventTestWorld.trace("  - {" + fields + ", step: 5}\n", probe);
        assertThat(v[4]).isCloseTo(before, within(EPS));
        assertThat(v[5]).isCloseTo(target, within(EPS));
        assertThat(v[19]).isCloseTo(target, within(EPS));
    }

    @ParameterizedTest(name = "ramp: {0}")
    @MethodSource("directInputs")
    void aRampMovesLinearlyFromItsStartToItsEnd(String label, String fields, ToDoubleFunction<AllianceModel> probe,
                                                double before, double target) throws Exception {
        double[] v = EventTestWorld.trace("  - {" + fields + ", ramp: [5, 15]}\n", probe);
        assertThat(v[5]).isCloseTo(before, within(EPS));
        assertThat(v[10]).isCloseTo(before + 0.5 * (target - before), within(EPS));
        assertThat(v[12]).isCloseTo(before + 0.7 * (target - before), within(EPS));
        assertThat(v[15]).isCloseTo(target, within(EPS));
        assertThat(v[19]).isCloseTo(target, within(EPS));
    }

    @Test
    void powerWithoutAComponentScalesEveryComponent() throws Exception {
        double[] economy = EventTestWorld.trace("  - {type: power, state: B, scale: 0.5, step: 3}\n",
                m -> m.inputs().component(1, 1));
        double[] military = EventTestWorld.trace("  - {type: power, state: B, scale: 0.5, step: 3}\n",
                m -> m.inputs().component(1, 2));
        assertThat(economy[2]).isEqualTo(200);
        assertThat(economy[3]).isEqualTo(100);
        assertThat(military[3]).isEqualTo(15);
    }

    @Test
    void gainsWithoutAChannelMoveEveryChannelAndOneChannelLeavesTheOthers() throws Exception {
        double[] political = EventTestWorld.trace("  - {type: gains, state: A, partner: B, value: 0.0, step: 2}\n",
                m -> m.inputs().gain(0, 1, Channel.POLITICAL));
        assertThat(political[2]).isZero();
        double[] untouched = EventTestWorld.trace("  - {type: gains, state: A, partner: B, channel: military, value: 0.0, step: 2}\n",
                m -> m.inputs().gain(0, 1, Channel.ECONOMIC));
        assertThat(untouched[19]).isEqualTo(0.4);
    }

    @Test
    void perceivedIntentFollowsItsSignalWithMemory() throws Exception {
        double[] perceived = EventTestWorld.trace("  - {type: intent, state: A, partner: B, value: 0.9, step: 5}\n",
                m -> m.inputs().intent(0, 1));
        assertThat(perceived[4]).isCloseTo(0.1, within(EPS));
        // adjustment 0.3 (the default): 30% of the gap closes each step
        assertThat(perceived[5]).isCloseTo(0.1 + 0.3 * 0.8, within(EPS));
        assertThat(perceived[6]).isCloseTo(0.9 - 0.8 * 0.7 * 0.7, within(EPS));
        assertThat(perceived[19]).isCloseTo(0.9, within(0.01));
    }

    @Test
    void deliveredIsASignalTooAndPerceivedDeliveryFollowsIt() throws Exception {
        double[] perceived = EventTestWorld.trace("  - {type: delivered, state: A, partner: B, value: 0.2, ramp: [4, 8]}\n",
                m -> m.inputs().delivered(0, 1));
        assertThat(perceived[3]).isCloseTo(1.0, within(EPS));
        for (int t = 4; t < 19; t++) {
            assertThat(perceived[t + 1]).isLessThan(perceived[t]);
        }
        assertThat(perceived[19]).isCloseTo(0.2, within(0.01));
    }

    @Test
    void aRegimeEventInstallsTheFactionAtItsStep() throws Exception {
        double[] signal = EventTestWorld.trace("  - {type: regime, state: A, faction: new, step: 6}\n",
                m -> m.controls().intentSignal(0, 1));
        double[] credibility = EventTestWorld.trace("  - {type: regime, state: A, faction: new, step: 6}\n",
                m -> m.inputs().credibility(0, 1));
        double[] statusQuo = EventTestWorld.trace("  - {type: regime, state: A, faction: new, step: 6}\n",
                m -> m.inputs().revisionism(0) == Revisionism.STATUS_QUO ? 1 : 0);
        assertThat(signal[5]).isEqualTo(0.1);
        assertThat(signal[6]).isEqualTo(0.7);
        assertThat(credibility[5]).isEqualTo(0.8);
        assertThat(credibility[6]).isEqualTo(0.3);
        assertThat(statusQuo[5]).isZero();
        assertThat(statusQuo[6]).isEqualTo(1);
    }

    @Test
    void aRegimeRampInstallsTheFactionWhenTheRampEnds() throws Exception {
        double[] signal = EventTestWorld.trace("  - {type: regime, state: A, faction: new, ramp: [3, 9]}\n",
                m -> m.controls().intentSignal(0, 1));
        assertThat(signal[8]).isEqualTo(0.1);
        assertThat(signal[9]).isEqualTo(0.7);
    }
}

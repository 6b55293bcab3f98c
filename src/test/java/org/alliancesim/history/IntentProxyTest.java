package org.alliancesim.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IntentProxyTest {

    @Test
    void seedCaseSession78() {
        // docs/datasets.md / shared data README: Iran -1.744, Russia -0.532, United States 2.500
        assertThat(IntentProxy.intent(-1.744, -0.532, 4)).isCloseTo(0.303, within(1e-9));
        assertThat(IntentProxy.intent(-1.744, 2.5, 4)).isEqualTo(1.0);
        assertThat(IntentProxy.intent(0.7, 0.7, 4)).isZero();
    }

    @Test
    void rejectsANonPositiveScaleOrMissingPoints() {
        assertThatThrownBy(() -> IntentProxy.intent(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IntentProxy.intent(0, 1, -2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IntentProxy.intent(Double.NaN, 1, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> generated() {
        Random r = new Random(20240607L);
        return IntStream.range(0, 200).mapToObj(k -> Arguments.of(r.nextDouble() * 6 - 3, r.nextDouble() * 6 - 3,
                r.nextDouble() * 6 - 3, 0.5 + r.nextDouble() * 5));
    }

    @ParameterizedTest
    @MethodSource("generated")
    void symmetricBoundedAndMonotoneInDistance(double a, double b, double c, double scale) {
        double ab = IntentProxy.intent(a, b, scale);
        assertThat(ab).isBetween(0.0, 1.0).isEqualTo(IntentProxy.intent(b, a, scale));
        assertThat(IntentProxy.intent(a, a, scale)).isZero();
        if (Math.abs(a - c) >= Math.abs(a - b)) {
            assertThat(IntentProxy.intent(a, c, scale)).isGreaterThanOrEqualTo(ab);
        }
        if (Math.abs(a - b) < scale) {
            assertThat(ab).isCloseTo(Math.abs(a - b) / scale, within(1e-12));
        } else {
            assertThat(ab).isEqualTo(1.0);
        }
        assertThat(IntentProxy.intent(a, b, 2 * scale)).isLessThanOrEqualTo(ab);
    }
}

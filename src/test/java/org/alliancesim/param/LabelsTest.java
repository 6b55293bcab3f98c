package org.alliancesim.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Stream;
import org.alliancesim.decision.Theories;
import org.alliancesim.scenario.EventSpec;
import org.alliancesim.scenario.TimeSpec;
import org.alliancesim.world.Channel;
import org.alliancesim.world.Level;
import org.alliancesim.world.Revisionism;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one spelling of enum values in files: lower case with hyphens, read back exactly. */
class LabelsTest {

    @Test
    void spellsConstantsInLowerCaseWithHyphens() {
        assertThat(Labels.label(Revisionism.STATUS_QUO)).isEqualTo("status-quo");
        assertThat(Labels.labels(Level.class)).containsExactly("none", "alignment", "coalition", "alliance");
        assertThat(Labels.labels(TimeSpec.Unit.class)).containsExactly("year", "quarter", "month");
    }

    @Test
    void anUnknownWordIsRefusedWithTheValidOnes() {
        assertThatThrownBy(() -> Labels.parse(Revisionism.class, "status_quo"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown Revisionism 'status_quo', expected one of status-quo, limited, unlimited");
    }

    static Stream<Arguments> enums() {
        return Stream.of(
                Arguments.of(Level.class, (Function<Level, String>) Level::label),
                Arguments.of(Revisionism.class, (Function<Revisionism, String>) Revisionism::label),
                Arguments.of(Channel.class, (Function<Channel, String>) Channel::label),
                Arguments.of(Theories.class, (Function<Theories, String>) Theories::label),
                Arguments.of(EventSpec.Type.class, (Function<EventSpec.Type, String>) EventSpec.Type::label),
                Arguments.of(TimeSpec.Unit.class, (Function<TimeSpec.Unit, String>) TimeSpec.Unit::label));
    }

    /** Each enum's own label() agrees with the shared spelling, and every label parses back. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    <E extends Enum<E>> void everyFileEnumAgreesAndRoundTrips(Class<E> type, Function<E, String> own) {
        for (E e : type.getEnumConstants()) {
            assertThat(own.apply(e)).isEqualTo(Labels.label(e));
            assertThat(Labels.parse(type, Labels.label(e))).isSameAs(e);
        }
        assertThat(Labels.labels(type)).hasSize(type.getEnumConstants().length)
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(Arrays.stream(type.getEnumConstants()).map(own).toList());
    }
}

package org.alliancesim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LocationTest {

    static Stream<Arguments> locations() {
        return Stream.of(
                Arguments.of(new Location("nmc.csv", 12, 3, "milex"), "nmc.csv:12:3: milex: not a number"),
                Arguments.of(new Location("nmc.csv", 12, 0, "milex"), "nmc.csv:12: milex: not a number"),
                Arguments.of(new Location("nmc.csv", 12, 0, null), "nmc.csv:12: not a number"),
                Arguments.of(new Location("nmc.csv", 12, 3, ""), "nmc.csv:12:3: not a number"),
                Arguments.of(new Location("s.yaml", 0, 4, "states[0]"), "s.yaml: states[0]: not a number"),
                Arguments.of(new Location("s.yaml", 0, 0, null), "s.yaml: not a number"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("locations")
    void writesTheKnownPartsInCompilerOrder(Location where, String expected) {
        assertThat(where.format("not a number")).isEqualTo(expected);
        assertThat(Location.format(where.file(), where.line(), where.column(), where.field(), "not a number"))
                .isEqualTo(expected);
    }
}

package org.alliancesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code base: FILE} overlays and events by date. */
class OverlayTest {
    private static final String BASE = """
            name: base
            time: {start: 2020, unit: quarter, steps: 40}
            focal: [A]
            parameters:
              perception: {noise: 0.01, adjustment: 0.3}
            states:
              - id: A
                capital: {lat: 30, lon: 50}
                power: {economy: 100, military: 10}
              - id: B
                capital: {lat: 50, lon: 40}
                power: {economy: 200, military: 30}
            """;

    @Test
    void anOverlayChangesWhatItNamesAndKeepsTheRest(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("base.yaml"), BASE);
        Path overlay = dir.resolve("sub").resolve("over.yaml");
        Files.createDirectories(overlay.getParent());
        Files.writeString(overlay, """
                name: over
                base: ../base.yaml
                parameters:
                  perception: {noise: 0}
                events:
                  - {type: reach, state: A, value: 2, at: 2022Q3}
                  - {type: reach, state: B, value: 2, ramp: ["2021Q1", "2023Q4"]}
                """);
        Scenario s = ScenarioLoader.load(overlay);
        assertThat(s.name()).isEqualTo("over");
        assertThat(s.states()).hasSize(2);
        assertThat(s.parameters().perception().noise()).isZero();
        assertThat(s.parameters().perception().adjustment()).as("merged, not replaced").isEqualTo(0.3);
        assertThat(s.events().get(0).rampStart()).isEqualTo(10);
        assertThat(s.events().get(1).rampStart()).isEqualTo(4);
        assertThat(s.events().get(1).rampEnd()).isEqualTo(15);
        // The manifest hash covers the base: change the base, the overlay's hash changes.
        String before = s.sha256();
        Files.writeString(dir.resolve("base.yaml"), BASE.replace("military: 30", "military: 31"));
        assertThat(ScenarioLoader.load(overlay).sha256()).isNotEqualTo(before);
    }

    @Test
    void aMissingBaseOrABadDateNamesTheOverlaysLine(@TempDir Path dir) throws Exception {
        Path overlay = dir.resolve("over.yaml");
        Files.writeString(overlay, "name: over\nbase: nowhere.yaml\n");
        ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(overlay), ScenarioException.class);
        assertThat(e.getMessage()).contains("over.yaml:2:7: base: cannot read base 'nowhere.yaml'");

        Files.writeString(dir.resolve("base.yaml"), BASE);
        Files.writeString(overlay, "name: over\nbase: base.yaml\nevents:\n  - {type: reach, state: A, value: 2, at: 2031Q5}\n");
        e = catchThrowableOfType(() -> ScenarioLoader.load(overlay), ScenarioException.class);
        assertThat(e.getMessage()).contains("events[0].at: expected a date of this quarterly run, like '2020Q1'");
    }

    @Test
    void aFileThatNamesItselfIsRefused(@TempDir Path dir) throws Exception {
        Path loop = dir.resolve("loop.yaml");
        Files.writeString(loop, "name: loop\nbase: loop.yaml\n");
        ScenarioException e = catchThrowableOfType(() -> ScenarioLoader.load(loop), ScenarioException.class);
        assertThat(e.getMessage()).contains("bases nest more than 8 deep");
    }
}

package org.alliancesim.experiment.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.alliancesim.scenario.MiniScenario;
import org.alliancesim.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PointCheck} on grids of the mini scenario's tie thresholds (defaults: alignment 0.25,
 * coalition 0.5, alliance 0.75): a sweep above {@value PointCheck#EVERY_POINT_UP_TO} points whose
 * box's corners are valid passes on its corners alone; one whose corner is invalid is checked point
 * by point and refused at the first bad point, at the sweep file's line.
 */
class PointCheckTest {
    @TempDir
    Path dir;

    private SweepSpec grid(String coalition, String alignment) throws Exception {
        Files.writeString(dir.resolve("s.yaml"), MiniScenario.TEXT);
        Path sweep = Files.writeString(dir.resolve("sw.yaml"), "scenario: s.yaml\nreplications: 1\nsteps: 2\nvary:\n"
                + "  - path: parameters.ties.coalition\n    " + coalition + "\n"
                + "  - path: parameters.ties.alignment\n    " + alignment + "\n");
        return SweepLoader.load(sweep);
    }

    private static String values(int n, java.util.function.IntToDoubleFunction v) {
        return IntStream.range(0, n).mapToObj(i -> String.format(Locale.ROOT, "%.5f", v.applyAsDouble(i)))
                .collect(Collectors.joining(", ", "values: [", "]"));
    }

    @Test
    void aLargeSweepWhoseCornersAreValidPassesOnItsCorners() throws Exception {
        // 200 x 200 = 40,000 points, every coalition above every alignment
        SweepSpec spec = grid(values(200, i -> 0.6 + i * 0.0007), values(200, j -> 0.3 + j * 0.0007));
        assertThat(spec.design().size()).isGreaterThan(PointCheck.EVERY_POINT_UP_TO);
        assertThat(PointCheck.cornersValid(spec, 2)).isTrue();
        AtomicLong progress = new AtomicLong();
        PointCheck.check(spec, 2, progress::set);
        assertThat(progress.get()).isEqualTo(40_000);
    }

    @Test
    @org.alliancesim.Slow // loads 24,550 scenarios
    void aLargeSweepWithAnInvalidCornerIsCheckedPointByPointAndRefusedAtTheFirstBadOne() throws Exception {
        // 25,000 points: coalition 0.3 (below every alignment) only at the last 5 of its 250 values
        SweepSpec spec = grid(values(250, i -> i < 245 ? 0.74 - i * 0.0001 : 0.3), values(100, j -> 0.33 + j * 0.001));
        assertThat(PointCheck.cornersValid(spec, 2)).isFalse();
        ScenarioException e = catchThrowableOfType(() -> PointCheck.check(spec, 2, p -> { }), ScenarioException.class);
        assertThat(e.problems()).hasSize(PointCheck.MAX_PROBLEMS);
        assertThat(e.problems().get(0).toString()).startsWith(dir.resolve("sw.yaml") + ":5:11: vary[0].path: "
                + "at sweep point 24500 (parameters.ties.coalition = 0.3, parameters.ties.alignment = 0.33): in "
                + dir.resolve("s.yaml"));
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(dir.resolve("sw.yaml").toString()));
    }

    @Test
    void aProblemIsPlacedAtTheVariedFieldItNames() {
        var params = java.util.List.of(
                new SweepParameter(org.alliancesim.scenario.NodePath.parse("states.AAA.trade.BBB"), false),
                new SweepParameter(org.alliancesim.scenario.NodePath.parse("parameters.ties.alignment"), false),
                new SweepParameter(org.alliancesim.scenario.NodePath.parse("parameters.ties.coalition"), false));
        assertThat(PointCheck.parameterOf(params, "parameters.ties.coalition")).isEqualTo(2);
        assertThat(PointCheck.parameterOf(params, "parameters.ties")).isEqualTo(1);
        assertThat(PointCheck.parameterOf(params, "states[0].trade")).isEqualTo(0);
        assertThat(PointCheck.parameterOf(params, null)).isEqualTo(0);
    }
}

package org.alliancesim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.alliancesim.decision.Theories;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioLoader;
import org.alliancesim.world.Level;
import org.alliancesim.world.TieParams;
import org.alliancesim.world.WorldView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model's invariants, checked every step of 50 seeded random worlds under every theory:
 * power, gradient, threats and desires finite and within [0,1]; perceived intents within [0,1];
 * commitments within [0,1] and symmetric; levels symmetric, as the thresholds and hysteresis
 * say, changing one level at a time to the recorded level; no state tied to itself; every fall
 * with a cause and no rise with one.
 */
class ModelInvariantsTest {
    private static final int STEPS = 30;

    static LongStream seeds() {
        return LongStream.range(1, 51);
    }

    @ParameterizedTest(name = "world {0}")
    @MethodSource("seeds")
    void invariantsHoldEveryStepUnderEveryTheory(long seed) throws Exception {
        String text = RandomWorlds.yaml(seed, STEPS);
        Scenario scenario = ScenarioLoader.parse(text, "random-" + seed + ".yaml");
        for (String theory : Theories.names()) {
            AllianceModel model = new AllianceModel(scenario, theory, seed * 31 + theory.hashCode());
            Checker checker = new Checker(scenario);
            model.addRecorder(checker);
            model.runSteps(STEPS);
            assertThat(checker.steps).as("world %d, %s", seed, theory).isEqualTo(STEPS);
            assertThat(checker.failures).as("world %d under %s:%n%s", seed, theory, text).isEmpty();
        }
    }

    /** The random worlds are not trivial: ties rise and fall, and falls get causes other than "other". */
    @org.junit.jupiter.api.Test
    void theWorldsExerciseTheModel() throws Exception {
        int rises = 0;
        int falls = 0;
        java.util.Set<Cause> causes = java.util.EnumSet.noneOf(Cause.class);
        java.util.Set<Integer> sizes = new java.util.TreeSet<>();
        int events = 0;
        for (long seed = 1; seed <= 50; seed++) {
            Scenario s = ScenarioLoader.parse(RandomWorlds.yaml(seed, STEPS), "w.yaml");
            sizes.add(s.states().size());
            events += s.events().size();
            for (String theory : Theories.names()) {
                AllianceModel m = new AllianceModel(s, theory, seed);
                m.runSteps(STEPS);
                for (TieChange c : m.changes()) {
                    if (c.isFall()) {
                        falls++;
                        causes.add(c.cause());
                    } else {
                        rises++;
                    }
                }
            }
        }
        System.out.printf("random worlds: sizes %s, %d events, %d rises, %d falls, causes %s%n", sizes, events, rises,
                falls, causes);
        assertThat(sizes).contains(2, 12);
        assertThat(events).isGreaterThan(50);
        assertThat(rises).isGreaterThan(100);
        assertThat(falls).isGreaterThan(20);
        assertThat(causes).hasSizeGreaterThan(2);
    }

    /** Collects every broken invariant (so one failure shows them all). */
    private static final class Checker implements Recorder {
        final List<String> failures = new ArrayList<>();
        final Level[][] previous;
        final TieParams tp;
        int steps;

        Checker(Scenario s) {
            int n = s.states().size();
            previous = new Level[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    previous[i][j] = Level.NONE;
                }
            }
            for (var t : s.ties()) {
                int a = s.indexOf(t.a());
                int b = s.indexOf(t.b());
                previous[a][b] = t.level();
                previous[b][a] = t.level();
            }
            tp = s.parameters().ties();
        }

        private void check(boolean ok, String what, int step, int i, int j, double value) {
            if (!ok && failures.size() < 20) {
                failures.add("step " + step + " (" + i + "," + j + "): " + what + " = " + value);
            }
        }

        private void unit(double v, String what, int step, int i, int j) {
            check(Double.isFinite(v) && v >= 0 && v <= 1, what + " in [0,1]", step, i, j, v);
        }

        @Override
        public void record(AllianceModel m, int step) {
            steps++;
            WorldView v = m.view();
            var ties = m.ties();
            int n = v.size();
            for (int i = 0; i < n; i++) {
                unit(v.power(i), "power", step, i, i);
                unit(v.military(i), "military", step, i, i);
                check(m.desire(i, i) == 0, "desire toward itself", step, i, i, m.desire(i, i));
                check(ties.level(i, i) == Level.NONE, "tie to itself", step, i, i, ties.level(i, i).ordinal());
                check(ties.commitment(i, i) == 0, "commitment to itself", step, i, i, ties.commitment(i, i));
                for (int j = 0; j < n; j++) {
                    if (i == j) {
                        continue;
                    }
                    unit(v.threat(i, j), "threat", step, i, j);
                    unit(v.materialThreat(j, i), "material threat", step, i, j);
                    unit(v.strength(j, i), "gradient", step, i, j);
                    unit(v.intent(i, j), "perceived intent", step, i, j);
                    unit(v.credibility(i, j), "credibility", step, i, j);
                    unit(v.delivered(i, j), "delivered", step, i, j);
                    unit(v.vulnerability(i, j), "vulnerability", step, i, j);
                    unit(v.preponderance(i, j), "preponderance", step, i, j);
                    unit(m.desire(i, j), "desire", step, i, j);
                    double c = ties.commitment(i, j);
                    unit(c, "commitment", step, i, j);
                    check(c == ties.commitment(j, i), "commitment symmetric", step, i, j, c - ties.commitment(j, i));
                    Level l = ties.level(i, j);
                    check(l == ties.level(j, i), "level symmetric", step, i, j, l.ordinal());
                    check(l == tp.levelFor(c, previous[i][j]), "level as thresholds and hysteresis say", step, i, j, c);
                    check(Math.abs(l.ordinal() - previous[i][j].ordinal()) <= 3, "level valid", step, i, j, l.ordinal());
                }
            }
            for (TieChange ch : m.stepChanges()) {
                check(ch.a() != ch.b(), "change between a state and itself", step, ch.a(), ch.b(), 0);
                check(ch.step() == step, "change recorded at its step", step, ch.a(), ch.b(), ch.step());
                check(ch.from() == previous[ch.a()][ch.b()], "change starts at the previous level", step, ch.a(), ch.b(),
                        ch.from().ordinal());
                check(ch.to() == ties.level(ch.a(), ch.b()), "change ends at the current level", step, ch.a(), ch.b(),
                        ch.to().ordinal());
                check(ch.from() != ch.to(), "a change changes the level", step, ch.a(), ch.b(), ch.to().ordinal());
                check(ch.isFall() == (ch.cause() != null), "a cause on every fall and only on falls", step, ch.a(),
                        ch.b(), ch.isFall() ? 1 : 0);
                check(ch.decider() == ch.a() || ch.decider() == ch.b(), "the decider is one of the pair", step,
                        ch.a(), ch.b(), ch.decider());
            }
            long changed = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (ties.level(i, j) != previous[i][j]) {
                        changed++;
                    }
                    previous[i][j] = ties.level(i, j);
                    previous[j][i] = ties.level(i, j);
                }
            }
            check(changed == m.stepChanges().size(), "every change of level is recorded", step, -1, -1, changed);
        }
    }
}

package org.alliancesim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.alliancesim.scenario.GainSpec;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioLoader;
import org.alliancesim.scenario.StateSpec;
import org.alliancesim.world.Channel;
import org.alliancesim.world.Geography;
import org.alliancesim.world.PerceptionParams;
import org.alliancesim.world.Versioned;
import org.alliancesim.world.WorldInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The world a run starts from, built from the rows its scenario shares among runs
 * ({@link StartRows}) and copied for each run ({@link StartWorld}), equals the world built by
 * looking up every pair in the scenario's maps (the definition, written out here), value for value
 * and write count for write count, on seeded random worlds; a second run of the same scenario gets
 * the same world, and every run owns its copy.
 */
class StartRowsTest {
    static Stream<Long> seeds() {
        return IntStream.range(0, 40).mapToObj(k -> 300L + k);
    }

    @ParameterizedTest(name = "world {0}")
    @MethodSource("seeds")
    void theWorldFromSharedRowsIsTheWorldOfPairLookups(long seed) throws Exception {
        Scenario s = ScenarioLoader.parse(RandomWorlds.yaml(seed, 12), "random.yaml");
        int n = s.states().size();
        Signals fromRows = new Signals(n);
        WorldInputs a = new WorldFactory(s).inputs(fromRows);
        Signals byLookup = new Signals(n);
        WorldInputs b = byLookup(s, byLookup);
        assertSame(a, b, n);
        Signals again = new Signals(n);
        assertSame(new WorldFactory(s).inputs(again), b, n);
        for (int i = 0; i < n; i++) {
            assertThat(fromRows.delivered[i]).containsExactly(byLookup.delivered[i]);
            assertThat(again.delivered[i]).containsExactly(byLookup.delivered[i]);
        }
    }

    @Test
    void aScenarioKeepsItsWorldUntilAnotherIsRun() throws Exception {
        Scenario s = ScenarioLoader.parse(RandomWorlds.yaml(1, 12), "one.yaml");
        Scenario t = ScenarioLoader.parse(RandomWorlds.yaml(1, 12), "two.yaml");
        StartWorld first = StartWorld.of(s, new WorldFactory(s));
        assertThat(StartWorld.of(s, new WorldFactory(s))).isSameAs(first);
        StartWorld other = StartWorld.of(t, new WorldFactory(t));
        assertThat(other).isNotSameAs(first);
        int n = s.states().size();
        assertSame(other.copy(new Signals(n)), first.copy(new Signals(n)), n);
    }

    /**
     * Each run's world is its own: a write to one run's inputs or signals, at any cell of any
     * matrix, leaves another run's, and the next run's start, as they were.
     */
    @Test
    void eachRunOwnsItsWorld() throws Exception {
        Scenario s = ScenarioLoader.parse(RandomWorlds.yaml(7, 12), "own.yaml");
        int n = s.states().size();
        Signals sa = new Signals(n);
        WorldInputs a = new WorldFactory(s).inputs(sa);
        Signals sb = new Signals(n);
        WorldInputs b = new WorldFactory(s).inputs(sb);
        WorldInputs untouched = byLookup(s, new Signals(n));
        for (int i = 0; i < n; i++) {
            a.setComponent(i, 0, 99);
            a.setReach(i, 7);
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    a.setDistanceKm(i, j, 1);
                    a.setIdentity(i, j, 0.5);
                    a.setOffense(i, j, 0.25);
                    a.setIntent(i, j, 0.125);
                    a.setCredibility(i, j, 0.375);
                    a.setDelivered(i, j, 0.625);
                    a.setTrade(i, j, 0.875);
                    for (Channel ch : Channel.values()) {
                        a.setGain(i, j, ch, 3);
                    }
                }
            }
            java.util.Arrays.fill(sa.intent[i], 5);
            java.util.Arrays.fill(sa.delivered[i], 5);
        }
        Signals sc = new Signals(n);
        WorldInputs c = new WorldFactory(s).inputs(sc);
        Signals expected = new Signals(n);
        byLookup(s, expected);
        for (WorldInputs w : List.of(b, c)) {
            for (Versioned v : Versioned.values()) {
                assertThat(w.version(v)).isEqualTo(untouched.version(v));
            }
            assertThat(w.geometryVersion()).isEqualTo(untouched.geometryVersion());
        }
        assertSame(b, untouched, n);
        assertSame(c, untouched, n);
        for (int i = 0; i < n; i++) {
            assertThat(sb.intent[i]).containsExactly(expected.intent[i]);
            assertThat(sc.delivered[i]).containsExactly(expected.delivered[i]);
            assertThat(sb.delivered[i]).isNotSameAs(sa.delivered[i]);
        }
    }

    private static void assertSame(WorldInputs a, WorldInputs b, int n) {
        for (Versioned v : Versioned.values()) {
            assertThat(a.version(v)).as("%s writes", v).isEqualTo(b.version(v));
        }
        assertThat(a.geometryVersion()).isEqualTo(b.geometryVersion());
        for (int i = 0; i < n; i++) {
            assertThat(a.reach(i)).isEqualTo(b.reach(i));
            assertThat(a.revisionism(i)).isEqualTo(b.revisionism(i));
            for (int c = 0; c < a.componentCount(); c++) {
                assertThat(a.component(i, c)).isEqualTo(b.component(i, c));
            }
            for (int j = 0; j < n; j++) {
                String at = i + "," + j;
                assertThat(a.distanceKm(i, j)).as("distance " + at).isEqualTo(b.distanceKm(i, j));
                assertThat(a.identity(i, j)).as("identity " + at).isEqualTo(b.identity(i, j));
                assertThat(a.offense(i, j)).as("offense " + at).isEqualTo(b.offense(i, j));
                assertThat(a.intent(i, j)).as("intent " + at).isEqualTo(b.intent(i, j));
                assertThat(a.credibility(i, j)).as("credibility " + at).isEqualTo(b.credibility(i, j));
                assertThat(a.trade(i, j)).as("trade " + at).isEqualTo(b.trade(i, j));
                assertThat(a.delivered(i, j)).as("delivered " + at).isEqualTo(b.delivered(i, j));
                for (Channel ch : Channel.values()) {
                    assertThat(a.gain(i, j, ch)).as("gain " + ch + " " + at).isEqualTo(b.gain(i, j, ch));
                }
            }
        }
    }

    /** The world at step 0 by its definition: every pair looked up in the scenario's maps. */
    private static WorldInputs byLookup(Scenario scenario, Signals signals) {
        List<StateSpec> states = scenario.states();
        int n = states.size();
        List<String> components = new ArrayList<>(states.get(0).power().keySet());
        WorldInputs w = new WorldInputs(states.stream().map(StateSpec::id).toList(), components);
        PerceptionParams perception = scenario.parameters().perception();
        for (int i = 0; i < n; i++) {
            StateSpec s = states.get(i);
            for (int c = 0; c < components.size(); c++) {
                w.setComponent(i, c, s.power().getOrDefault(components.get(c), 0.0));
            }
            w.setReach(i, s.reach());
            w.setRevisionism(i, s.revisionism());
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                StateSpec o = states.get(j);
                if (j > i) {
                    Double km = scenario.distances().get(s.id() + "-" + o.id());
                    if (km == null) {
                        km = scenario.distances().get(o.id() + "-" + s.id());
                    }
                    w.setDistanceKm(i, j, km != null ? km : Geography.distanceKm(s.lat(), s.lon(), o.lat(), o.lon()));
                    w.setIdentity(i, j, share(s.identity(), o.identity()));
                }
                w.setOffense(i, j, s.offenseToward().getOrDefault(o.id(), s.offense()));
                signals.intent[i][j] = s.perceives().getOrDefault(o.id(), perception.defaultIntent());
                w.setCredibility(i, j, s.credibility().getOrDefault(o.id(), perception.defaultCredibility()));
                GainSpec g = s.gains().get(o.id());
                if (g != null) {
                    w.setGain(i, j, Channel.POLITICAL, g.political());
                    w.setGain(i, j, Channel.MILITARY, g.military());
                    w.setGain(i, j, Channel.ECONOMIC, g.economic());
                    signals.delivered[i][j] = g.delivered();
                }
                w.setTrade(i, j, s.trade().getOrDefault(o.id(), 0.0));
            }
        }
        WorldFactory factory = new WorldFactory(scenario);
        for (int i = 0; i < n; i++) {
            if (states.get(i).regime() != null) {
                factory.installFaction(w, signals, i, null, states.get(i).regime());
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    w.setIntent(i, j, signals.intent[i][j]);
                    w.setDelivered(i, j, signals.delivered[i][j]);
                }
            }
        }
        return w;
    }

    private static double share(Map<String, String> a, Map<String, String> b) {
        Set<String> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        if (keys.isEmpty()) {
            return 0;
        }
        long same = keys.stream().filter(k -> a.containsKey(k) && a.get(k).equals(b.get(k))).count();
        return same / (double) keys.size();
    }
}

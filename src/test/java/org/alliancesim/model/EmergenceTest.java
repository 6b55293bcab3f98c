package org.alliancesim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioException;
import org.alliancesim.scenario.ScenarioLoader;
import org.alliancesim.world.Level;
import org.junit.jupiter.api.Test;

/**
 * Behaviour that comes out of states reacting to each other (issue 13, point 7), on synthetic
 * worlds that name no real state. Each test compares the interacting model with the same world
 * with the one mechanism under test switched off, so it asserts the mechanism, not an outcome
 * typed into the inputs. Perception noise is off: the figures are exact for the seed.
 */
class EmergenceTest {
    static final int STEPS = 80;

    private static AllianceModel run(String yaml, int steps) throws ScenarioException {
        Scenario s = ScenarioLoader.parse(yaml, "synthetic.yaml");
        AllianceModel m = new AllianceModel(s, null, 5);
        m.runSteps(steps);
        return m;
    }

    private static int idx(AllianceModel m, String id) {
        return m.scenario().indexOf(id);
    }

    private static double commitment(AllianceModel m, String a, String b) {
        return m.ties().commitment(idx(m, a), idx(m, b));
    }

    // --- (a) a rising bloc provokes a counter-alliance ---------------------------------------

    /**
     * A and B, two profit-seekers, bind themselves in an alliance (balance of interests with high
     * mutual gains); C and D, balancers that each read moderate hostility in A and B, face them.
     * Without the A-B tie, or with blocs not counted (neither their power in the threat nor guilt by
     * association in perceived intent), C and D tie less.
     */
    static String bloc(boolean abAllied, double blocWeight) {
        String gains = abAllied ? "0.95" : "0.0";
        return """
                name: rising-bloc
                time: {start: 2000, unit: year, steps: 80}
                focal: [C]
                defaultModule: balance-of-threat
                parameters:
                  perception: {noise: 0}
                  alliances: {blocWeight: %s}
                  learning: {intentFromAlignment: %s}
                states:
                  - id: A
                    capital: {lat: 50, lon: 10}
                    power: {economy: 100, military: 100}
                    offense: 0.6
                    module: balance-of-interests
                    revisionism: limited
                    perceives: {C: 0.2, D: 0.2, B: 0.05}
                    gains: {B: {political: %s, military: %s, economic: %s}}
                  - id: B
                    capital: {lat: 48, lon: 16}
                    power: {economy: 100, military: 100}
                    offense: 0.6
                    module: balance-of-interests
                    revisionism: limited
                    perceives: {C: 0.2, D: 0.2, A: 0.05}
                    gains: {A: {political: %s, military: %s, economic: %s}}
                  - id: C
                    capital: {lat: 45, lon: 2}
                    power: {economy: 100, military: 60}
                    offense: 0.3
                    perceives: {A: 0.5, B: 0.5, D: 0.05}
                  - id: D
                    capital: {lat: 52, lon: 22}
                    power: {economy: 100, military: 60}
                    offense: 0.3
                    perceives: {A: 0.5, B: 0.5, C: 0.05}
                """.formatted(blocWeight, blocWeight == 0 ? 0 : 0.05, gains, gains, gains, gains, gains, gains);
    }

    @Test
    void aRisingBlocProvokesACounterAlliance() throws ScenarioException {
        AllianceModel withBloc = run(bloc(true, 0.75), STEPS);
        AllianceModel noBloc = run(bloc(false, 0.75), STEPS);
        AllianceModel blind = run(bloc(true, 0), STEPS);
        assertThat(withBloc.ties().level(idx(withBloc, "A"), idx(withBloc, "B"))).isEqualTo(Level.ALLIANCE);
        double provoked = commitment(withBloc, "C", "D");
        double alone = commitment(noBloc, "C", "D");
        System.out.printf("emergence (a): C-D commitment %.3f facing the A-B bloc, %.3f facing A and B apart,"
                + " %.3f when blocs are not counted in threat%n", provoked, alone, commitment(blind, "C", "D"));
        assertThat(provoked).as("C and D tie more tightly facing the bloc").isGreaterThan(alone + 0.1);
        assertThat(withBloc.ties().level(idx(withBloc, "C"), idx(withBloc, "D")))
                .isGreaterThan(noBloc.ties().level(idx(noBloc, "C"), idx(noBloc, "D")));
        // The mechanism is the bloc's power in the threat and guilt by association: with both off the
        // A-B tie changes nothing for C and D.
        assertThat(commitment(blind, "C", "D")).isCloseTo(alone, org.assertj.core.api.Assertions.within(1e-9));
        // The threat C perceives from A includes B's power once they are allied.
        assertThat(withBloc.view().threat(idx(withBloc, "C"), idx(withBloc, "A")))
                .isGreaterThan(noBloc.view().threat(idx(noBloc, "C"), idx(noBloc, "A")));
    }

    // --- (b) a superpower allies with a threatened client of its rival -------------------------

    /** U, a distant superpower, and R, its rival; K, a small state next to R that R threatens. */
    static String client(double supplyWeight) {
        return """
                name: client
                time: {start: 2000, unit: year, steps: 80}
                focal: [K]
                defaultModule: balance-of-threat
                parameters:
                  perception: {noise: 0}
                  balanceOfThreat: {supplyWeight: %s}
                states:
                  - id: U
                    capital: {lat: 40, lon: -80}
                    power: {economy: 500, military: 500}
                    reach: 3
                    offense: 0.7
                    perceives: {R: 0.8, K: 0.05}
                  - id: R
                    capital: {lat: 55, lon: 40}
                    power: {economy: 300, military: 300}
                    reach: 1.5
                    offense: 0.6
                    perceives: {U: 0.8, K: 0.5}
                  - id: K
                    capital: {lat: 49, lon: 31}
                    power: {economy: 10, military: 10}
                    offense: 0.2
                    perceives: {R: 0.8, U: 0.1}
                """.formatted(supplyWeight);
    }

    @Test
    void aSuperpowerAlliesWithAThreatenedClientOfItsRival() throws ScenarioException {
        AllianceModel m = run(client(1), STEPS);
        AllianceModel demandOnly = run(client(0), STEPS);
        int u = idx(m, "U");
        int k = idx(m, "K");
        System.out.printf("emergence (b): U wants K %.3f (%.3f without the supply side), K wants U %.3f;"
                        + " U-K commitment %.3f (%.3f)%n", m.desire(u, k), demandOnly.desire(u, k), m.desire(k, u),
                commitment(m, "U", "K"), commitment(demandOnly, "U", "K"));
        assertThat(m.ties().level(u, k)).isGreaterThanOrEqualTo(Level.ALIGNMENT);
        assertThat(demandOnly.ties().level(u, k)).as("without the supply side the patron has no reason").isEqualTo(Level.NONE);
        // The patron's reasons: denial of the client to its rival and the client's position.
        var e = m.module(u).explain(m.view(), u, k);
        double denial = e.factors().stream().filter(f -> f.name().equals("supply: denying R the partner")).findFirst()
                .orElseThrow().value();
        double position = e.factors().stream().filter(f -> f.name().equals("supply: partner's position near R"))
                .findFirst().orElseThrow().value();
        assertThat(denial).isGreaterThan(0.5);
        assertThat(position).isGreaterThan(0.3);
    }

    // --- (c) when a partner turns unreliable the state substitutes another ---------------------

    /** I faces T; P1 and P2 both fear T; at step 30 P1 stops fearing T (and so stops wanting I). */
    static String substitution(double allyWeight) {
        return """
                name: substitution
                time: {start: 2000, unit: year, steps: 80}
                focal: [I]
                defaultModule: balance-of-threat
                parameters:
                  perception: {noise: 0}
                  alliances: {allyWeight: %s}
                ties:
                  - {between: [I, P1], level: alliance}
                states:
                  - id: I
                    capital: {lat: 30, lon: 40}
                    power: {economy: 50, military: 50}
                    perceives: {T: 0.8, P1: 0.05, P2: 0.05}
                    credibility: {P1: 0.95, P2: 0.6}
                  - id: T
                    capital: {lat: 34, lon: 48}
                    power: {economy: 300, military: 300}
                    offense: 0.7
                    perceives: {I: 0.6, P1: 0.6, P2: 0.6}
                  - id: P1
                    capital: {lat: 38, lon: 35}
                    power: {economy: 150, military: 150}
                    perceives: {T: 0.8, I: 0.05, P2: 0.05}
                    credibility: {I: 0.9}
                  - id: P2
                    capital: {lat: 25, lon: 45}
                    power: {economy: 150, military: 150}
                    perceives: {T: 0.8, I: 0.05, P1: 0.05}
                    credibility: {I: 0.9}
                events:
                  - {type: intent, state: P1, partner: T, value: 0.0, step: 30}
                """.formatted(allyWeight);
    }

    @Test
    void whenAPartnerTurnsUnreliableTheStateSubstitutesAnother() throws ScenarioException {
        AllianceModel before = run(substitution(1), 30);
        AllianceModel after = run(substitution(1), STEPS);
        AllianceModel noSubstitution = run(substitution(0), STEPS);
        AllianceModel noSubstitutionBefore = run(substitution(0), 30);
        int i = idx(after, "I");
        int p1 = idx(after, "P1");
        System.out.printf("emergence (c): I-P1 %.3f -> %.3f, I-P2 %.3f -> %.3f (without substitution %.3f -> %.3f);"
                        + " I's credibility of P1 %.3f -> %.3f%n", commitment(before, "I", "P1"),
                commitment(after, "I", "P1"), commitment(before, "I", "P2"), commitment(after, "I", "P2"),
                commitment(noSubstitutionBefore, "I", "P2"), commitment(noSubstitution, "I", "P2"),
                before.inputs().credibility(i, p1), after.inputs().credibility(i, p1));
        assertThat(commitment(after, "I", "P1")).as("P1 abandons I").isLessThan(commitment(before, "I", "P1") - 0.3);
        assertThat(commitment(after, "I", "P2")).as("I turns to P2").isGreaterThan(commitment(before, "I", "P2") + 0.05);
        assertThat(after.inputs().credibility(i, p1)).as("I learns that P1 is unreliable")
                .isLessThan(before.inputs().credibility(i, p1) - 0.1);
        // With allies' capability not counted (allyWeight 0) there is nothing to substitute: I's
        // wish for P2 does not depend on what P1 gives it.
        assertThat(commitment(noSubstitution, "I", "P2") - commitment(noSubstitutionBefore, "I", "P2"))
                .isLessThan(commitment(after, "I", "P2") - commitment(before, "I", "P2"));
    }

    // --- (d) two-bloc polarisation in random worlds --------------------------------------------

    /**
     * In random worlds of 20 to 50 states, every state reasoning by balance of threat, the tie
     * network lines up with the threat network into two blocs more than the same ties placed at
     * random among the pairs would ({@link org.alliancesim.experiment.stats.Polarisation}: the
     * index is 1 minus the frustration of the best two-bloc split over the total weight of signed
     * relations). The baseline keeps each world's threats and its multiset of commitments, and
     * shuffles the commitments across pairs with a seeded generator.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "N={0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {20, 35, 50})
    void balanceOfThreatPolarisesRandomWorldsIntoTwoBlocsMoreThanChance(int n) {
        int worlds = 4;
        int shuffles = 5;
        double model = 0;
        double chance = 0;
        int above = 0;
        for (int w = 0; w < worlds; w++) {
            var world = org.alliancesim.bench.RandomWorld.generate(n, 900 + 31L * w + n, 0);
            Scenario sc = world.toScenario(STEPS).withParameters(org.alliancesim.scenario.Parameters.DEFAULTS.withNoise(0))
                    .withTheoryScope(Scenario.TheoryScope.ALL);
            AllianceModel m = new AllianceModel(sc, "balance-of-threat", 7 + w);
            m.runSteps(STEPS);
            double[][] c = new double[n][n];
            double[][] t = new double[n][n];
            java.util.List<Double> weights = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    t[i][j] = i == j ? 0 : m.view().threat(i, j);
                    c[i][j] = i == j ? 0 : m.ties().commitment(i, j);
                    if (i < j) {
                        weights.add(c[i][j]);
                    }
                }
            }
            assertThat(weights.stream().mapToDouble(Double::doubleValue).sum()).as("ties formed").isPositive();
            double own = org.alliancesim.experiment.stats.Polarisation.index(c, t);
            java.util.Random rng = new java.util.Random(11 + w);
            double baseline = 0;
            for (int r = 0; r < shuffles; r++) {
                java.util.Collections.shuffle(weights, rng);
                double[][] shuffled = new double[n][n];
                int k = 0;
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        shuffled[i][j] = shuffled[j][i] = weights.get(k++);
                    }
                }
                baseline += org.alliancesim.experiment.stats.Polarisation.index(shuffled, t) / shuffles;
            }
            model += own / worlds;
            chance += baseline / worlds;
            above += own > baseline ? 1 : 0;
        }
        System.out.printf("emergence (d): N=%d, polarisation index %.3f under balance of threat, %.3f with the same"
                + " ties at random (mean of %d worlds, %d shuffles each); above chance in %d of %d worlds%n",
                n, model, chance, worlds, shuffles, above, worlds);
        assertThat(model).isGreaterThan(chance);
        assertThat(above).isGreaterThanOrEqualTo(worlds - 1);
    }
}

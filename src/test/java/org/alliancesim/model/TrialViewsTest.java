package org.alliancesim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.alliancesim.bench.RandomWorld;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.world.AllianceState;
import org.alliancesim.world.Assessment;
import org.alliancesim.world.Channel;
import org.alliancesim.world.CounterfactualViews;
import org.alliancesim.world.LazyAssessment;
import org.alliancesim.world.ProximityParams;
import org.alliancesim.world.Revisionism;
import org.alliancesim.world.ThreatParams;
import org.alliancesim.world.WorldInputs;
import org.alliancesim.world.WorldView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The views cause attribution reads must give a fresh on-demand assessment's numbers bit for bit:
 * on seeded random worlds whose inputs then move by perception and learning for a few steps and at
 * random (power components, reach, offense, intent, credibility, gains, trade, aims), for every cause, with and without changed factions,
 * each trial view ({@link CounterfactualViews#trial}, which reuses the step's base view) agrees
 * with a {@link LazyAssessment} made afresh from the same trial inputs on every derived quantity
 * for every pair, and the base view, derived again after the inputs move (with and without a move
 * of the geometry, which its rows of strength are kept across), with a fresh one.
 */
class TrialViewsTest {

    static Stream<Arguments> worlds() {
        ThreatParams[] threats = {ThreatParams.DEFAULTS, new ThreatParams(2, 0.5, 0, 2.5),
            new ThreatParams(1, 1, 1, 1.5, ThreatParams.Form.CONTEST, 2)};
        ProximityParams[] gradients = {ProximityParams.DEFAULTS,
            new ProximityParams(ProximityParams.Gradient.LINEAR, 1500, 5000),
            new ProximityParams(ProximityParams.Gradient.NONE, 1500, 6000)};
        return IntStream.range(0, 9).mapToObj(k -> Arguments.of(3 + 4 * k, 900L + k, threats[k % 3], gradients[k / 3]));
    }

    @ParameterizedTest(name = "N={0}, seed={1}, {2}, {3}")
    @MethodSource("worlds")
    void trialViewsGiveAFreshAssessmentsNumbers(int n, long seed, ThreatParams threat, ProximityParams gradient) {
        SplittableRandom r = new SplittableRandom(seed);
        RandomWorld world = RandomWorld.generate(n, seed, 0.05);
        Parameters p = world.parameters();
        Parameters q = new Parameters(threat, gradient, p.power(), p.perception(), p.ties(), p.balanceOfThreat(),
                p.waltBandwagoning(), p.interests(), p.schweller(), p.balanceOfPower(), p.interdependence(),
                p.identity(), p.landscape(), p.alliances(), p.learning());
        AllianceModel model = new AllianceModel(world.toScenario(12).withParameters(q), null, seed);
        model.runSteps(4);
        WorldInputs now = (WorldInputs) model.inputs();
        AllianceState alliances = ((Assessment) model.view()).alliances();
        CounterfactualViews views = new CounterfactualViews(threat, gradient, q.power(), alliances);
        views.base(now).principalThreat(0, -1);
        WorldInputs then = now.snapshot();
        // perception and learning move every intent and more; the moves the rest
        model.runSteps(3);
        move(now, r);
        views.forget();
        LazyAssessment base = views.base(now);
        assertSame(base, new LazyAssessment(now, threat, gradient, q.power(), alliances), n, "base after the move");
        for (int k = 0; k < n; k++) {
            if (r.nextBoolean()) {
                base.principalThreat(k, -1); // some of the base's rows derived, some not
            }
        }
        for (Cause c : Cause.values()) {
            for (int t = 0; t < 4; t++) {
                int i = r.nextInt(n);
                int j = (i + 1 + r.nextInt(n - 1)) % n;
                Set<RegimeKey> keys = t % 2 == 0 ? Set.of() : regimeKeys(n, r);
                TrialInputs trial = new TrialInputs(now, then, c, i, j, keys);
                WorldView view = views.trial(trial, trial);
                WorldView fresh = new LazyAssessment(trial, threat, gradient, q.power(), alliances);
                assertSame(view, fresh, n, c + " trial of " + i + "-" + j + " with " + keys.size() + " regime keys");
            }
        }
        // a step that moves no distance, reach or offense: the base keeps its rows of strength
        long geometry = now.geometryVersion();
        for (int k = 0; k < n; k++) {
            now.setIntent(r.nextInt(n), r.nextInt(n), r.nextDouble());
            now.setComponent(r.nextInt(n), r.nextInt(now.componentCount()), 10 * r.nextDouble());
        }
        assertThat(now.geometryVersion()).isEqualTo(geometry);
        views.forget();
        assertSame(views.base(now), new LazyAssessment(now, threat, gradient, q.power(), alliances), n,
                "base after a move of intents and power");
    }

    /**
     * Views that read the step's full assessment ({@link CounterfactualViews#CounterfactualViews(Assessment)},
     * as the model makes them) give the same numbers: at each of several steps of a run (the views
     * kept from step to step, as the model keeps them), the base and every cause's trials agree with
     * a fresh on-demand assessment.
     */
    @ParameterizedTest(name = "N={0}, seed={1}, {2}, {3}")
    @MethodSource("worlds")
    void viewsReadingTheStepsAssessmentGiveAFreshAssessmentsNumbers(int n, long seed, ThreatParams threat,
                                                                   ProximityParams gradient) {
        SplittableRandom r = new SplittableRandom(seed);
        RandomWorld world = RandomWorld.generate(n, seed, 0.05);
        Parameters p = world.parameters();
        Parameters q = new Parameters(threat, gradient, p.power(), p.perception(), p.ties(), p.balanceOfThreat(),
                p.waltBandwagoning(), p.interests(), p.schweller(), p.balanceOfPower(), p.interdependence(),
                p.identity(), p.landscape(), p.alliances(), p.learning());
        AllianceModel model = new AllianceModel(world.toScenario(12).withParameters(q), null, seed);
        model.start();
        model.schedule.step(model);
        WorldInputs now = (WorldInputs) model.inputs();
        WorldInputs then = now.snapshot();
        Assessment step = (Assessment) model.view();
        AllianceState alliances = step.alliances();
        CounterfactualViews views = new CounterfactualViews(step);
        for (int t = 0; t < 4; t++) {
            model.schedule.step(model);
            views.forget();
            LazyAssessment base = views.base(now);
            assertSame(base, new LazyAssessment(now, threat, gradient, q.power(), alliances), n, "base at step " + t);
            for (Cause c : Cause.values()) {
                int i = r.nextInt(n);
                int j = (i + 1 + r.nextInt(n - 1)) % n;
                TrialInputs trial = new TrialInputs(now, then, c, i, j, Set.of());
                assertSame(views.trial(trial, trial), new LazyAssessment(trial, threat, gradient, q.power(), alliances), n,
                        c + " trial of " + i + "-" + j + " at step " + t);
            }
        }
    }

    /** Moves every kind of input the trials revert, at random states, and two whole rows of intent. */
    private static void move(WorldInputs w, SplittableRandom r) {
        int n = w.size();
        for (int k = 0; k < 2; k++) {
            int a = r.nextInt(n);
            for (int b = 0; b < n; b++) {
                w.setIntent(a, b, r.nextDouble());
            }
        }
        for (int k = 0; k < 3 * n; k++) {
            int a = r.nextInt(n);
            int b = r.nextInt(n);
            switch (r.nextInt(9)) {
                case 0 -> w.setComponent(a, r.nextInt(w.componentCount()), 10 * r.nextDouble());
                case 1 -> w.setReach(a, 0.5 + 2 * r.nextDouble());
                case 2 -> w.setOffense(a, b, r.nextDouble());
                case 3 -> w.setIntent(a, b, r.nextDouble());
                case 4 -> w.setCredibility(a, b, r.nextDouble());
                case 5 -> w.setGain(a, b, Channel.values()[r.nextInt(Channel.values().length)], r.nextDouble());
                case 6 -> w.setDelivered(a, b, r.nextDouble());
                case 7 -> w.setTrade(a, b, r.nextDouble());
                default -> w.setRevisionism(a, Revisionism.values()[r.nextInt(Revisionism.values().length)]);
            }
        }
    }

    /** A faction's whole row of perceived intent and random other inputs. */
    private static Set<RegimeKey> regimeKeys(int n, SplittableRandom r) {
        Set<RegimeKey> keys = new HashSet<>();
        int m = r.nextInt(n);
        for (int x = 0; x < n; x++) {
            keys.add(new RegimeKey(RegimeKey.Kind.INTENT, m, x));
        }
        for (int k = 0; k < 1 + r.nextInt(2 * n); k++) {
            RegimeKey.Kind kind = RegimeKey.Kind.values()[r.nextInt(RegimeKey.Kind.values().length)];
            keys.add(new RegimeKey(kind, r.nextInt(n), kind == RegimeKey.Kind.REVISIONISM ? -1 : r.nextInt(n)));
        }
        return keys;
    }

    /** Every derived quantity of the two views, for every pair (and a third state), bit for bit. */
    private static void assertSame(WorldView a, WorldView b, int n, String what) {
        for (int i = 0; i < n; i++) {
            same(a.power(i), b.power(i), what, "power", i, 0);
            same(a.military(i), b.military(i), what, "military", i, 0);
            same(a.support(i), b.support(i), what, "support", i, 0);
            same(a.balancers(i), b.balancers(i), what, "balancers", i, 0);
            assertThat(a.principalThreat(i, -1)).as("%s: principal threat of %d", what, i).isEqualTo(b.principalThreat(i, -1));
            assertThat(a.dominantPower(i, -1)).as("%s: dominant power of %d", what, i).isEqualTo(b.dominantPower(i, -1));
            for (int j = 0; j < n; j++) {
                int k = (i + j + 1) % n;
                same(a.strength(j, i), b.strength(j, i), what, "strength", j, i);
                same(a.materialThreat(j, i), b.materialThreat(j, i), what, "material threat", j, i);
                same(a.threat(i, j), b.threat(i, j), what, "threat", i, j);
                same(a.projection(j, i), b.projection(j, i), what, "projection", j, i);
                same(a.preponderance(i, j), b.preponderance(i, j), what, "preponderance", i, j);
                same(a.vulnerabilityWithout(i, j, k), b.vulnerabilityWithout(i, j, k), what, "vulnerability", i, j);
                same(a.threatTo(i, j, k), b.threatTo(i, j, k), what, "threat to", i, j);
                same(a.basing(i, j, k), b.basing(i, j, k), what, "basing", i, j);
                same(a.blocPower(i, j), b.blocPower(i, j), what, "bloc power", i, j);
                same(a.blocMilitary(i, j), b.blocMilitary(i, j), what, "bloc military", i, j);
                same(a.intent(i, j), b.intent(i, j), what, "intent", i, j);
                same(a.credibility(i, j), b.credibility(i, j), what, "credibility", i, j);
                assertThat(a.principalThreat(i, j)).as("%s: principal threat of %d but %d", what, i, j)
                        .isEqualTo(b.principalThreat(i, j));
                assertThat(a.dominantPower(i, j)).as("%s: dominant power of %d but %d", what, i, j)
                        .isEqualTo(b.dominantPower(i, j));
            }
        }
    }

    private static void same(double x, double y, String what, String quantity, int i, int j) {
        assertThat(Double.doubleToRawLongBits(x)).as("%s: %s %d-%d: %s vs %s", what, quantity, i, j, x, y)
                .isEqualTo(Double.doubleToRawLongBits(y));
    }
}

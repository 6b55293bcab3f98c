package org.alliancesim.backtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.alliancesim.history.YearWorld;
import org.alliancesim.model.AllianceModel;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.StateSpec;
import org.alliancesim.scenario.TieSpec;
import org.alliancesim.scenario.TimeSpec;
import org.alliancesim.world.Level;

/**
 * One theory's run through the years: each year's world with every state reasoning by the theory,
 * last year's ties carried in (as levels, keyed by COW code; a state entering the system starts
 * with none, a state leaving takes its ties with it), then a number of settle steps. The first
 * year starts with no ties. Each year's model is seeded from the chain's seed and the year alone.
 */
final class Chain {
    private Chain() {
    }

    static List<YearPrediction> run(List<YearWorld> worlds, String theory, int stepsPerYear, long seed,
                                    UnaryOperator<Parameters> params) {
        return run(worlds, theory, stepsPerYear, seed, params, () -> { });
    }

    /** As above, calling {@code yearDone} after each year (progress). */
    static List<YearPrediction> run(List<YearWorld> worlds, String theory, int stepsPerYear, long seed,
                                    UnaryOperator<Parameters> params, Runnable yearDone) {
        Carry c = new Carry(theory, stepsPerYear, seed, params);
        for (YearWorld w : worlds) {
            c.year(w);
            yearDone.run();
        }
        return c.predictions();
    }

    /**
     * One theory's chain as it goes, a year at a time: the ties carried into the next year and the
     * predictions so far. Years must come in order; one thread at a time.
     */
    static final class Carry {
        private final String theory;
        private final int stepsPerYear;
        private final long seed;
        private final UnaryOperator<Parameters> params;
        private final List<YearPrediction> out = new ArrayList<>();
        private Map<Long, Level> carried = new HashMap<>();

        Carry(String theory, int stepsPerYear, long seed, UnaryOperator<Parameters> params) {
            this.theory = theory;
            this.stepsPerYear = stepsPerYear;
            this.seed = seed;
            this.params = params;
        }

        /** Runs the next year's world, starting from last year's ties. */
        YearPrediction year(YearWorld w) {
            Scenario sc = yearScenario(w, theory, stepsPerYear, carried, params);
            AllianceModel model = new AllianceModel(sc, null, Seeds.year(seed, w.year()));
            model.runSteps(stepsPerYear);
            int n = w.ccodes().length;
            Level[] levels = new Level[YearPrediction.dyads(n)];
            double[] commit = new double[levels.length];
            carried = new HashMap<>();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    int k = YearPrediction.pair(n, i, j);
                    levels[k] = model.ties().level(i, j);
                    commit[k] = model.ties().commitment(i, j);
                    if (levels[k] != Level.NONE) {
                        carried.put(key(w.ccodes()[i], w.ccodes()[j]), levels[k]);
                    }
                }
            }
            YearPrediction p = new YearPrediction(w.year(), w.ccodes().clone(), levels, commit);
            out.add(p);
            return p;
        }

        /** The years run so far, in order. */
        List<YearPrediction> predictions() {
            return out;
        }
    }

    static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /** The year's scenario as the theory runs it (the contract in CONTRACT-history.md). */
    static Scenario yearScenario(YearWorld w, String theory, int steps, Map<Long, Level> carried,
                                 UnaryOperator<Parameters> params) {
        Scenario base = w.scenario();
        List<StateSpec> states = new ArrayList<>(base.states().size());
        for (StateSpec s : base.states()) {
            states.add(s.module() == null ? s : new StateSpec(s.id(), s.name(), s.lat(), s.lon(), s.power(), s.reach(),
                    s.offense(), s.offenseToward(), s.revisionism(), null, s.perceives(), s.credibility(), s.gains(),
                    s.trade(), s.identity(), s.regime(), s.factions()));
        }
        int[] cc = w.ccodes();
        List<TieSpec> ties = new ArrayList<>();
        for (int i = 0; i < cc.length; i++) {
            for (int j = i + 1; j < cc.length; j++) {
                Level l = carried.get(key(cc[i], cc[j]));
                if (l != null) {
                    ties.add(new TieSpec(states.get(i).id(), states.get(j).id(), l));
                }
            }
        }
        return new Scenario(base.name(), base.description(), base.source(), base.sha256(),
                new TimeSpec(w.year(), TimeSpec.Unit.YEAR, steps), List.of(), theory, params.apply(base.parameters()),
                states, ties, base.events(), base.distances());
    }
}

package org.alliancesim.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.experiment.Endings;
import org.alliancesim.experiment.Replication;
import org.alliancesim.model.TieChange;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.world.Level;

/**
 * Everything {@code compare} keeps of one scenario's runs: the per-step aggregate the charts
 * read, and, per theory and focal pair, how often the tie ended, when and why ({@link Endings}).
 *
 * @param label the scenario's name in the outputs (its {@code name}, made unique if two clash)
 */
public final class ScenarioOutcome {
    private final String label;
    private final RunAggregate aggregate;
    private final Map<String, Endings[]> endings = new LinkedHashMap<>();
    private final Map<String, int[][]> firstLevels = new LinkedHashMap<>();
    private final Map<String, int[]> reformed = new LinkedHashMap<>();

    public ScenarioOutcome(String label, Scenario scenario, int steps) {
        this.label = label;
        this.aggregate = new RunAggregate(scenario, steps);
    }

    /** Takes one finished replication. */
    public void add(Replication.Result r) {
        aggregate.add(r);
        Endings[] e = endings.computeIfAbsent(r.theory(), t -> {
            Endings[] fresh = new Endings[r.focalPairs().size()];
            for (int k = 0; k < fresh.length; k++) {
                fresh[k] = new Endings(k);
            }
            return fresh;
        });
        for (Endings one : e) {
            one.add(r);
        }
        int[][] first = firstLevels.computeIfAbsent(r.theory(), t -> new int[r.focalPairs().size()][Level.values().length]);
        int[] again = reformed.computeIfAbsent(r.theory(), t -> new int[r.focalPairs().size()]);
        for (int k = 0; k < first.length; k++) {
            Level l = firstLevel(r, k);
            if (l != Level.NONE) {
                first[k][l.ordinal()]++;
            }
            if (brokeAndReformed(r, k)) {
                again[k]++;
            }
        }
    }

    /** Whether focal pair k fell to none at some step of the run and stood again at its end. */
    static boolean brokeAndReformed(Replication.Result r, int k) {
        Replication.FocalPair p = r.focalPairs().get(k);
        boolean fell = false;
        for (TieChange c : r.changes()) {
            if (((c.a() == p.state() && c.b() == p.partner()) || (c.a() == p.partner() && c.b() == p.state()))
                    && c.to() == Level.NONE) {
                fell = true;
            }
        }
        return fell && r.endStep(k) < 0;
    }

    /** The level focal pair k first stood at in a run: declared at step 0, or reached by its first rise. */
    static Level firstLevel(Replication.Result r, int k) {
        Replication.FocalPair p = r.focalPairs().get(k);
        for (TieChange c : r.changes()) {
            if ((c.a() == p.state() && c.b() == p.partner()) || (c.a() == p.partner() && c.b() == p.state())) {
                return c.from() != Level.NONE ? c.from() : c.to();
            }
        }
        return Level.NONE;
    }

    /** The most common first level of focal pair k under a theory (none if it never stood). */
    public Level modalFirstLevel(String theory, int pair) {
        return RunAggregate.modal(firstLevels.get(theory)[pair]);
    }

    /** What became of focal pair k under a theory: never formed, holds or ends. */
    public TieVerdict verdict(String theory, int pair) {
        Endings e = endings(theory, pair);
        double again = e.replications() == 0 ? 0 : reformed.get(theory)[pair] / (double) e.replications();
        return TieVerdict.of(e, modalFirstLevel(theory, pair), modalFinalLevel(theory, pair), again, scenario().time());
    }

    public String label() {
        return label;
    }

    public Scenario scenario() {
        return aggregate.scenario();
    }

    public RunAggregate aggregate() {
        return aggregate;
    }

    public List<String> theories() {
        return List.copyOf(endings.keySet());
    }

    public Endings endings(String theory, int pair) {
        return endings.get(theory)[pair];
    }

    /** The modal final level of focal pair k under a theory. */
    public Level modalFinalLevel(String theory, int pair) {
        Replication.FocalPair p = aggregate.focalPairs().get(pair);
        return aggregate.modalFinalLevel(theory, p.state(), p.partner());
    }

    /** The focal pairs whose tie stood at some step under some theory (all pairs if none did). */
    public List<Integer> pairsThatStood() {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < aggregate.focalPairs().size(); k++) {
            int pair = k;
            if (endings.values().stream().anyMatch(e -> e[pair].stood() > 0)) {
                out.add(k);
            }
        }
        if (out.isEmpty()) {
            for (int k = 0; k < aggregate.focalPairs().size(); k++) {
                out.add(k);
            }
        }
        return out;
    }

    /** "IRN-RUS": the ids of focal pair k. */
    public String pairLabel(int pair) {
        return aggregate.focalPairs().get(pair).label(scenario());
    }
}

package org.alliancesim.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.experiment.Replication;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.world.Level;

/**
 * What the summary and the chart need from all runs, gathered as results arrive: per theory, the
 * focal ties' commitment at every step of every replication, and every pair's final level.
 */
public final class RunAggregate {
    private static final Level[] LEVELS = Level.values();
    private final Scenario scenario;
    private final int steps;
    private final Map<String, List<double[][]>> focal = new LinkedHashMap<>();
    private final Map<String, double[][]> desireSum = new LinkedHashMap<>();
    private final Map<String, double[][]> partnerDesireSum = new LinkedHashMap<>();
    private final Map<String, int[][][]> finalCounts = new LinkedHashMap<>();
    private final Map<String, double[][]> finalCommitment = new LinkedHashMap<>();
    private final Map<String, Integer> reps = new LinkedHashMap<>();
    private List<Replication.FocalPair> pairs = List.of();

    public RunAggregate(Scenario scenario, int steps) {
        this.scenario = scenario;
        this.steps = steps;
    }

    public void add(Replication.Result r) {
        int n = scenario.states().size();
        pairs = r.focalPairs();
        focal.computeIfAbsent(r.theory(), k -> new ArrayList<>()).add(r.focalCommitment());
        double[][] sum = desireSum.computeIfAbsent(r.theory(), k -> new double[r.focalPairs().size()][steps]);
        for (int k = 0; k < sum.length; k++) {
            for (int t = 0; t < steps; t++) {
                sum[k][t] += r.focalDesire()[k][t];
            }
        }
        if (r.partnerDesire() != null) {
            double[][] back = partnerDesireSum.computeIfAbsent(r.theory(), k -> new double[r.focalPairs().size()][steps]);
            for (int k = 0; k < back.length; k++) {
                for (int t = 0; t < steps; t++) {
                    back[k][t] += r.partnerDesire()[k][t];
                }
            }
        }
        int[][][] counts = finalCounts.computeIfAbsent(r.theory(), k -> upperTriangle(n));
        double[][] commit = finalCommitment.computeIfAbsent(r.theory(), k -> new double[n][n]);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                counts[i][j][r.finalLevels()[i][j].ordinal()]++;
                commit[i][j] += r.finalCommitment()[i][j];
            }
        }
        reps.merge(r.theory(), 1, Integer::sum);
    }

    /** Counts by level for the pairs i &lt; j only (the only ones read): half the arrays of a full n x n. */
    private static int[][][] upperTriangle(int n) {
        int[][][] counts = new int[n][][];
        for (int i = 0; i < n; i++) {
            counts[i] = new int[n][];
            for (int j = i + 1; j < n; j++) {
                counts[i][j] = new int[LEVELS.length];
            }
        }
        return counts;
    }

    public Scenario scenario() {
        return scenario;
    }

    public int steps() {
        return steps;
    }

    public List<String> theories() {
        return List.copyOf(focal.keySet());
    }

    public List<Replication.FocalPair> focalPairs() {
        return pairs;
    }

    /**
     * The focal pairs worth showing when there are many (a world of 190 states has 189 per focal
     * state): the {@code max} whose mean commitment peaks highest under any theory, in their
     * original order. All of them when there are no more than {@code max}.
     */
    public List<Integer> mostCommittedPairs(int max) {
        int n = pairs.size();
        double[] peak = new double[n];
        for (String theory : theories()) {
            for (int k = 0; k < n; k++) {
                double[][] runs = focalSeries(theory, k);
                for (int t = 0; t < steps; t++) {
                    double sum = 0;
                    for (double[] run : runs) {
                        sum += run[t];
                    }
                    peak[k] = Math.max(peak[k], sum / runs.length);
                }
            }
        }
        return java.util.stream.IntStream.range(0, n).boxed()
                .sorted((a, b) -> Double.compare(peak[b], peak[a]) != 0 ? Double.compare(peak[b], peak[a]) : Integer.compare(a, b))
                .limit(max).sorted().toList();
    }

    /** The focal state's desire toward its partner in focal pair k at each step, mean over replications. */
    public double[] meanFocalDesire(String theory, int k) {
        double[] out = desireSum.get(theory)[k].clone();
        int reps = replications(theory);
        for (int t = 0; t < out.length; t++) {
            out[t] /= reps;
        }
        return out;
    }

    /**
     * The partner's desire toward the focal state in focal pair k at each step, mean over
     * replications; null when the runs did not record it.
     */
    public double[] meanPartnerDesire(String theory, int k) {
        double[][] sum = partnerDesireSum.get(theory);
        if (sum == null) {
            return null;
        }
        double[] out = sum[k].clone();
        int reps = replications(theory);
        for (int t = 0; t < out.length; t++) {
            out[t] /= reps;
        }
        return out;
    }

    /** Commitment of focal pair k at each step, one row per replication. */
    public double[][] focalSeries(String theory, int k) {
        List<double[][]> runs = focal.get(theory);
        double[][] out = new double[runs.size()][];
        for (int r = 0; r < runs.size(); r++) {
            out[r] = runs.get(r)[k];
        }
        return out;
    }

    public int replications(String theory) {
        return reps.getOrDefault(theory, 0);
    }

    /** How many replications ended with pair (i,j), i &lt; j, at each level. */
    public int[] finalLevelCounts(String theory, int i, int j) {
        if (i == j) {
            return new int[LEVELS.length]; // a state has no tie with itself
        }
        return finalCounts.get(theory)[Math.min(i, j)][Math.max(i, j)];
    }

    /** The level pair (i,j) most often ended at (the weakest of those tied; none before any run). */
    public Level modalFinalLevel(String theory, int i, int j) {
        return modal(finalLevelCounts(theory, i, j));
    }

    /** The level with the largest count, counts indexed by {@link Level#ordinal()}; the weakest on ties. */
    static Level modal(int[] countsByLevel) {
        int mode = 0;
        for (int l = 1; l < countsByLevel.length; l++) {
            if (countsByLevel[l] > countsByLevel[mode]) {
                mode = l;
            }
        }
        return LEVELS[mode];
    }

    public double meanFinalCommitment(String theory, int i, int j) {
        return finals(theory).meanCommitment(i, j);
    }

    /** Every pair's final levels and commitment under one theory, for callers that read them all. */
    Finals finals(String theory) {
        return new Finals(finalCounts.get(theory), finalCommitment.get(theory), replications(theory));
    }

    /** One theory's final counts by level and summed final commitment, pairs i &lt; j, over its replications. */
    record Finals(int[][][] counts, double[][] commitmentSum, int replications) {
        /** How many replications ended with pair (i,j), i &lt; j, at each level (do not modify). */
        int[] levelCounts(int i, int j) {
            return counts[i][j];
        }

        double meanCommitment(int i, int j) {
            return commitmentSum[Math.min(i, j)][Math.max(i, j)] / replications;
        }
    }
}

package org.alliancesim.landscape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a landscape analysis (Axelrod and Bennett, BJPolS 23(2), 1993): the local
 * minima of the energy landscape sorted by energy, lowest first, so rank 1 is the global
 * minimum (for {@link Method#DESCENT}, the lowest minimum found, unless {@link #globalProven()}
 * says that {@link BranchAndBound} proved it global). Equal energies are ordered by the
 * configuration's A/B string so results are deterministic. Immutable.
 */
public final class LandscapeResult {

    /** How the minima and basins were obtained. */
    public enum Method {
        /** All {@code 2^(N-1)} configurations enumerated; basins are exact shares. */
        EXACT,
        /** Steepest descent from random starts; basins are shares of starts. */
        DESCENT
    }

    private final List<String> actors;
    private final Method method;
    private final long samples;
    private final List<LocalMinimum> minima;
    private final boolean globalProven;
    private final long proofNodes;

    private LandscapeResult(List<String> actors, Method method, long samples, List<LocalMinimum> minima,
                            boolean globalProven, long proofNodes) {
        this.actors = List.copyOf(actors);
        this.method = method;
        this.samples = samples;
        this.minima = List.copyOf(minima);
        this.globalProven = globalProven;
        this.proofNodes = proofNodes;
    }

    /**
     * Builds a result from basin counts; energies and frustrations are computed directly from
     * the landscape (not from incremental updates).
     *
     * @param landscape the landscape
     * @param method    how the counts were obtained
     * @param counts    each local minimum and how many configurations or starts ended in it
     * @param samples   total configurations or starts (the basin denominator)
     * @return the sorted result
     */
    static LandscapeResult fromCounts(Landscape landscape, Method method, Map<Configuration, Long> counts,
                                      long samples) {
        return fromCounts(landscape, method, counts, samples, method == Method.EXACT, 0L);
    }

    /**
     * As {@link #fromCounts(Landscape, Method, Map, long)}, saying whether rank 1 is proven to be
     * the global minimum and how many branch-and-bound nodes were spent on that question.
     */
    static LandscapeResult fromCounts(Landscape landscape, Method method, Map<Configuration, Long> counts,
                                      long samples, boolean globalProven, long proofNodes) {
        Map<Configuration, Double> energy = new HashMap<>();
        counts.keySet().forEach(c -> energy.put(c, landscape.energy(c)));
        List<Configuration> configs = new ArrayList<>(counts.keySet());
        configs.sort(Comparator.comparingDouble((Configuration c) -> energy.get(c))
                .thenComparing(Configuration::toString));
        List<LocalMinimum> minima = new ArrayList<>(configs.size());
        for (Configuration c : configs) {
            long n = counts.get(c);
            minima.add(new LocalMinimum(minima.size() + 1, c, energy.get(c), n, (double) n / samples,
                    landscape.frustrations(c)));
        }
        return new LandscapeResult(landscape.names(), method, samples, minima, globalProven, proofNodes);
    }

    /** @return actor names in input order */
    public List<String> actors() {
        return actors;
    }

    /** @return exact enumeration or descent sampling */
    public Method method() {
        return method;
    }

    /** @return configurations enumerated ({@code 2^(N-1)}) or random starts made */
    public long samples() {
        return samples;
    }

    /** @return local minima, lowest energy first */
    public List<LocalMinimum> minima() {
        return minima;
    }

    /**
     * @return whether rank 1 is proven to be the global minimum: always for {@link Method#EXACT},
     *         for {@link Method#DESCENT} when {@link BranchAndBound} finished within its budget
     */
    public boolean globalProven() {
        return globalProven;
    }

    /** @return branch-and-bound nodes visited for the global minimum (0 when not run) */
    public long proofNodes() {
        return proofNodes;
    }

    /** @return the lowest-energy minimum (rank 1) */
    public LocalMinimum globalMinimum() {
        return minima.get(0);
    }
}

package org.alliancesim.experiment;

import java.lang.ref.SoftReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioException;
import org.alliancesim.scenario.ScenarioTemplate;

/**
 * The scenario each replication runs: the fixed one, or, when the template draws uncertain inputs,
 * the template resolved with the replication's seed, resolved (and so validated) once per
 * replication and shared by every theory (common random numbers: theories see the same draws). A
 * resolved scenario is kept until the last theory has taken it, softly, so that the garbage
 * collector may drop it under memory pressure; it is then resolved again, to the same scenario, as
 * the draws depend on the seed alone.
 */
public final class ReplicationInputs {
    private final Scenario fixed;
    private final Resolver template;
    private final int theories;
    private final ConcurrentHashMap<Integer, Entry> resolved = new ConcurrentHashMap<>();

    private static final class Entry {
        final AtomicInteger left;
        SoftReference<Scenario> scenario = new SoftReference<>(null);

        Entry(int uses) {
            left = new AtomicInteger(uses);
        }
    }

    /** Draws the scenario of one replication from its seed (the same scenario for the same seed). */
    public interface Resolver {
        Scenario resolve(long seed) throws ScenarioException;
    }

    /**
     * @param fixed the scenario run when {@code template} is null or draws nothing
     * @param theories how many runs take each replication's scenario
     */
    public ReplicationInputs(Scenario fixed, ScenarioTemplate template, int theories) {
        this(template != null && template.isUncertain() ? null : fixed,
                template != null && template.isUncertain() ? template::resolve : null, theories);
    }

    /**
     * @param fixed the scenario every replication runs, or null to draw each from {@code draw}
     * @param draw how a replication's scenario is drawn (unused when {@code fixed} is given)
     * @param theories how many runs take each replication's scenario
     */
    public ReplicationInputs(Scenario fixed, Resolver draw, int theories) {
        this.fixed = fixed;
        this.template = fixed != null ? null : draw;
        this.theories = theories;
    }

    /** Whether replications draw their own inputs. */
    public boolean uncertain() {
        return template != null;
    }

    /** The scenario of replication {@code rep}, whose seed is {@code seed}; each of the theories calls this once. */
    public Scenario take(int rep, long seed) throws ScenarioException {
        if (template == null) {
            return fixed;
        }
        Entry e = resolved.computeIfAbsent(rep, r -> new Entry(theories));
        Scenario s;
        synchronized (e) {
            s = e.scenario.get();
            if (s == null) {
                s = template.resolve(seed);
                e.scenario = new SoftReference<>(s);
            }
        }
        if (e.left.decrementAndGet() <= 0) {
            resolved.remove(rep, e);
        }
        return s;
    }
}

package org.alliancesim.world;

/**
 * The views cause attribution evaluates desires on, for one run (one thread): the current world
 * as a {@link LazyAssessment} made once and derived again at each step, which every fall of the
 * step reads as its base, and counterfactual trials ({@link TrialAssessment}) that reuse what
 * that base has derived. The alliance aggregates are the step's own ({@link Assessment#alliances()},
 * recomputed in place by the perception phase): a counterfactual changes one state's inputs, not
 * the other states' ties.
 */
public final class CounterfactualViews {
    private final ThreatParams threatParams;
    private final ProximityParams proximity;
    private final PowerParams powerParams;
    private final AllianceState alliances;
    /** The step's full assessment, whose numbers the base reads (null: the base derives them). */
    private final Assessment step;
    private LazyAssessment base;
    private Inputs baseInputs;
    private boolean stale = true;
    private TrialAssessment.Scratch scratch;

    public CounterfactualViews(ThreatParams threatParams, ProximityParams proximity, PowerParams powerParams,
                               AllianceState alliances) {
        this.threatParams = threatParams;
        this.proximity = proximity;
        this.powerParams = powerParams;
        this.alliances = alliances;
        this.step = null;
    }

    /**
     * Views whose base, for the inputs {@code step} assesses, reads that assessment's power and
     * rows of threat instead of deriving them (the same numbers): the caller recomputes
     * {@code step} for the inputs as they stand before it asks for each step's base.
     */
    public CounterfactualViews(Assessment step) {
        this.threatParams = step.threatParams();
        this.proximity = step.proximity();
        this.powerParams = step.powerParams();
        this.alliances = step.alliances();
        this.step = step;
    }

    /** The inputs or the alliances may have moved: the base is derived again when next asked for. */
    public void forget() {
        stale = true;
    }

    /**
     * The assessment of {@code now}, derived since the last {@link #forget()}: do not change the
     * inputs or the alliances while using it, or call {@code forget} after.
     */
    public LazyAssessment base(Inputs now) {
        if (base == null || baseInputs != now) {
            base = step != null && step.in == now ? new LazyAssessment(step)
                    : new LazyAssessment(now, threatParams, proximity, powerParams, alliances);
            baseInputs = now;
            scratch = new TrialAssessment.Scratch(now.size());
        } else if (stale) {
            base.refresh();
        }
        stale = false;
        return base;
    }

    /**
     * The assessment of the counterfactual {@code in} of the inputs last given to {@link #base}
     * (as they are except where {@code reverted} says), since the last {@link #forget()}. One trial
     * at a time: the next call forgets this one's rows.
     */
    public WorldView trial(Inputs in, Reversion reverted) {
        if (base == null || stale) {
            throw new IllegalStateException("a trial varies the current base: ask for the base first");
        }
        return new TrialAssessment(in, reverted, base, scratch);
    }
}

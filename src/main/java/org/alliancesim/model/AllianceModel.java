package org.alliancesim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.alliancesim.decision.DecisionModule;
import org.alliancesim.decision.Theories;
import org.alliancesim.landscape.Blocs;
import org.alliancesim.landscape.Landscape;
import org.alliancesim.landscape.Propensities;
import org.alliancesim.landscape.PropensityParams;
import org.alliancesim.scenario.EventSpec;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.StateSpec;
import org.alliancesim.world.Assessment;
import org.alliancesim.world.Inputs;
import org.alliancesim.world.LazyAssessment;
import org.alliancesim.world.WorldInputs;
import org.alliancesim.world.WorldView;
import sim.engine.SimState;

/**
 * The simulation: states as agents choosing allies, one step per scenario time unit. Each step
 * runs four phases as MASON schedule orderings, so the order of agents never matters:
 * <ol>
 *   <li>ordering 0, {@link PerceivePhase}: events move the inputs, perceptions follow with memory
 *       and seeded noise, and the world is assessed (power, proximity, threat); when any state
 *       uses the {@code landscape} module, the two blocs of Axelrod and Bennett's landscape then
 *       make their frustration-reducing switches ({@link Blocs});</li>
 *   <li>ordering 1, one {@link StateAgent} per state: each decides its desired commitment toward
 *       every other state, reading the assessment only;</li>
 *   <li>ordering 2, {@link CommitPhase}: every pair's tie follows what both want, all at once;</li>
 *   <li>ordering 3, {@link RecordPhase}: recorders observe.</li>
 * </ol>
 * Randomness comes only from the SimState's seeded generator.
 */
public class AllianceModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final Scenario baseScenario;
    private final String focalTheory;
    private transient Scenario scenario;
    private transient WorldInputs inputs;
    private transient Signals signals;
    private transient String[] regimes;
    private transient EventSchedule events;
    private transient WorldFactory factory;
    private transient String[] moduleOverride;
    private transient Assessment view;
    private transient DecisionModule[] modules;
    private transient boolean blocsOn;
    private transient Blocs blocs;
    private transient double[][] desire;
    private transient TieBook ties;
    private transient CauseAttributor attributor;
    private transient List<TieChange> changes;
    private transient List<TieChange> stepChanges;
    private transient int step;
    /** The last snapshot taken: the next one shares its unchanged rows. */
    private transient WorldInputs lastSnapshot;
    /**
     * The rows a rise snapshot keeps: the states of the pairs that rose this step, whose fall
     * attribution reads them, and every state with factions (a regime change reads its rows).
     */
    private transient boolean[] snapshotRows;
    private transient boolean[] factionStates;
    /** The pairs that rose this step, as a, b, a, b, ... (their peak is set once the step's snapshot is taken). */
    private transient int[] risen;
    private transient int risenCount;
    private final List<Recorder> recorders = new ArrayList<>();
    private boolean attributeCauses = true;

    /**
     * @param scenario the scenario
     * @param focalTheory the decision module of the scenario's focal states (null: as the scenario says)
     * @param seed the run's seed
     */
    public AllianceModel(Scenario scenario, String focalTheory, long seed) {
        super(seed);
        if (focalTheory != null && Theories.byName(focalTheory) == null) {
            throw new IllegalArgumentException("unknown theory '" + focalTheory + "'");
        }
        this.baseScenario = scenario;
        this.focalTheory = focalTheory;
    }

    public void addRecorder(Recorder r) {
        recorders.add(r);
    }

    /** Whether to attribute a cause to each fall (costs a few re-evaluations per fall). */
    public void setAttributeCauses(boolean on) {
        this.attributeCauses = on;
    }

    @Override
    public void start() {
        super.start();
        scenario = baseScenario;
        int n = scenario.states().size();
        signals = new Signals(n);
        regimes = scenario.states().stream().map(StateSpec::regime).toArray(String[]::new);
        factory = new WorldFactory(scenario);
        moduleOverride = new String[n];
        inputs = factory.inputs(signals);
        events = new EventSchedule(scenario.events(), inputs, factory, regimes);
        desire = new double[n][n];
        ties = new TieBook(n);
        changes = new ArrayList<>();
        stepChanges = new ArrayList<>();
        step = 0;
        blocs = null;
        applyParameters(scenario.parameters());
        lastSnapshot = inputs.snapshot(null);
        factionStates = new boolean[n];
        for (int i = 0; i < n; i++) {
            factionStates[i] = !scenario.states().get(i).factions().isEmpty();
        }
        snapshotRows = factionStates.clone();
        risen = new int[16];
        InputSnapshot initial = new InputSnapshot(0, lastSnapshot, regimes.clone());
        for (var t : scenario.ties()) {
            int a = scenario.indexOf(t.a());
            int b = scenario.indexOf(t.b());
            ties.set(a, b, scenario.parameters().ties().threshold(t.level()), t.level());
            ties.setPeak(a, b, initial);
        }
        schedule.scheduleRepeating(0.0, 0, new PerceivePhase(this), 1.0);
        for (int i = 0; i < n; i++) {
            schedule.scheduleRepeating(0.0, 1, new StateAgent(this, i), 1.0);
        }
        schedule.scheduleRepeating(0.0, 2, new CommitPhase(this), 1.0);
        schedule.scheduleRepeating(0.0, 3, new RecordPhase(this), 1.0);
    }

    /**
     * Switches the model's assumptions mid-run (the GUI's controls): modules and assessment are
     * rebuilt; the state of the world and the ties are kept.
     */
    public void applyParameters(Parameters p) {
        scenario = scenario.withParameters(p);
        view = new Assessment(inputs, p.threat(), p.proximity(), p.power(), p.alliances());
        modules = new DecisionModule[scenario.states().size()];
        for (int i = 0; i < modules.length; i++) {
            modules[i] = Theories.byName(moduleName(i)).create(p.theories());
        }
        blocsOn = false;
        for (DecisionModule m : modules) {
            blocsOn |= m.name().equals(Theories.LANDSCAPE.label());
        }
        if (!blocsOn) {
            blocs = null;
        } else if (blocs != null) {
            view.setBlocs(blocs.sides());
        }
        attributor = new CauseAttributor(scenario, this::assess);
    }

    /** The decision module state i uses in this run. */
    public String moduleName(int i) {
        StateSpec s = scenario.states().get(i);
        if (moduleOverride != null && moduleOverride[i] != null) {
            return moduleOverride[i];
        }
        if (focalTheory != null
                && (scenario.theoryScope() == Scenario.TheoryScope.ALL || scenario.focal().contains(s.id()))) {
            return focalTheory;
        }
        return s.module() != null ? s.module() : scenario.defaultModule();
    }

    /**
     * The world as one state sees it in a counterfactual (cause attribution asks for one desire):
     * derived on demand, O(N) rather than a full O(N^2) assessment per question.
     */
    WorldView assess(Inputs in) {
        Parameters p = scenario.parameters();
        return new LazyAssessment(in, p.threat(), p.proximity(), p.power(), view.alliances());
    }

    // --- phase operations (package-private: the phases call them) ---

    void perceive() {
        step = (int) Math.round(schedule.getTime());
        stepChanges.clear();
        events.apply(step, inputs, signals);
        if (step > 0) {
            // Perception, then learning from the previous step, taken row by row: each row of either
            // touches only its perceiver's cells, so the numbers and the draws are those of two passes.
            var perception = scenario.parameters().perception();
            var learning = scenario.parameters().learning();
            boolean learn = learning.any();
            double[] keep = learn ? new double[inputs.size()] : null;
            for (int i = 0; i < inputs.size(); i++) {
                Perception.updateRow(inputs, signals, perception, random, i);
                if (learn) {
                    Learning.updateRow(inputs, view, ties, desire, learning, i, keep);
                }
            }
        }
        view.recompute(ties);
        moveBlocs();
    }

    /**
     * Axelrod and Bennett's system-level dynamics (BJPolS 23(2), 1993), run only when some state
     * uses the {@code landscape} module: the landscape is derived from this step's assessment
     * ({@link Propensities}), the blocs make their single frustration-reducing switches on it, and
     * the assessment exposes the sides before any state decides, so every module stays a pure
     * function of the world. At the first step the blocs start as {@code parameters.landscape.start}
     * says.
     */
    private void moveBlocs() {
        if (!blocsOn) {
            return;
        }
        PropensityParams p = scenario.parameters().landscape();
        Landscape landscape = Propensities.landscape(view, p);
        if (blocs == null) {
            blocs = Blocs.start(landscape, p.start());
        }
        blocs.advance(landscape, p.switchesPerStep());
        view.setBlocs(blocs.sides());
    }

    void decide(int i) {
        modules[i].desires(view, i, desire[i]);
    }

    void commit() {
        var tp = scenario.parameters().ties();
        int n = inputs.size();
        risenCount = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                double c = tp.next(ties.commitment(a, b), desire[a][b], desire[b][a]);
                var old = ties.level(a, b);
                var now = tp.levelFor(c, old);
                ties.set(a, b, c, now);
                if (now == old) {
                    continue;
                }
                int decider = desire[a][b] <= desire[b][a] ? a : b;
                Cause cause = null;
                if (now.ordinal() > old.ordinal()) {
                    if (attributeCauses) {
                        if (risenCount + 2 > risen.length) {
                            risen = java.util.Arrays.copyOf(risen, 2 * risen.length);
                        }
                        risen[risenCount++] = a;
                        risen[risenCount++] = b;
                        snapshotRows[a] = true;
                        snapshotRows[b] = true;
                    }
                } else {
                    int partner = decider == a ? b : a;
                    InputSnapshot peak = ties.peak(a, b);
                    cause = attributeCauses && peak != null
                            ? attributor.attribute(peak, inputs, regimes, decider, partner, modules[decider])
                            : Cause.OTHER;
                }
                TieChange change = new TieChange(step, a, b, old, now, decider, cause);
                stepChanges.add(change);
                changes.add(change);
            }
        }
        if (risenCount > 0) {
            // The inputs do not change during the commit phase: one snapshot for every pair that rose.
            lastSnapshot = inputs.snapshot(lastSnapshot, snapshotRows);
            InputSnapshot snapshot = new InputSnapshot(step, lastSnapshot, regimes.clone());
            for (int r = 0; r < risenCount; r += 2) {
                ties.setPeak(risen[r], risen[r + 1], snapshot);
                snapshotRows[risen[r]] = factionStates[risen[r]];
                snapshotRows[risen[r + 1]] = factionStates[risen[r + 1]];
            }
        }
    }

    void record() {
        for (Recorder r : recorders) {
            r.record(this, step);
        }
    }

    // --- read-only accessors for recorders, the GUI and tests ---

    public Scenario scenario() {
        return scenario;
    }

    public int step() {
        return step;
    }

    public WorldView view() {
        return view;
    }

    /** State i's bloc (0 or 1, state 0 always in bloc 0), or -1 when no state uses the landscape module. */
    public int bloc(int i) {
        return view.bloc(i);
    }

    public double desire(int i, int j) {
        return desire[i][j];
    }

    public TieBook ties() {
        return ties;
    }

    public DecisionModule module(int i) {
        return modules[i];
    }

    public String regime(int i) {
        return regimes[i];
    }

    /** Every change of level so far. */
    public List<TieChange> changes() {
        return Collections.unmodifiableList(changes);
    }

    /** The changes of level in the current step. */
    public List<TieChange> stepChanges() {
        return Collections.unmodifiableList(stepChanges);
    }

    /** The mutable inputs, for the GUI's live controls (between steps only). */
    public WorldInputs inputs() {
        return inputs;
    }

    /** Sets the intent signal i's elites read in j (perception follows it), for live controls. */
    public void setIntentSignal(int i, int j, double v) {
        signals.intent[i][j] = v;
    }

    public double intentSignal(int i, int j) {
        return signals.intent[i][j];
    }

    /**
     * Sets the share of expected gains j's conduct signals it delivers to i (perception follows
     * it), for live controls: Schweller's S2, gains not delivered.
     */
    public void setDeliveredSignal(int i, int j, double v) {
        signals.delivered[i][j] = v;
    }

    public double deliveredSignal(int i, int j) {
        return signals.delivered[i][j];
    }

    /**
     * Switches state i to another decision module from the next decision on, keeping the world and
     * the ties (the GUI's theory choice). The choice holds until {@link #start()}.
     *
     * @throws IllegalArgumentException if no theory has that name
     */
    public void setModule(int i, String theory) {
        Theories t = Theories.byName(theory);
        if (t == null) {
            throw new IllegalArgumentException("unknown theory '" + theory + "'");
        }
        moduleOverride[i] = theory;
        applyParameters(scenario.parameters()); // rebuilds the modules (and bloc bookkeeping) with it
    }

    /**
     * Brings one of state i's declared factions to power now, as a scenario's regime event does at
     * its end (Walt's W5, domestic change).
     *
     * @throws IllegalArgumentException if the scenario declares no such faction for state i
     */
    public void installRegime(int i, String faction) {
        if (!scenario.states().get(i).factions().containsKey(faction)) {
            throw new IllegalArgumentException("state " + scenario.states().get(i).id() + " has no faction '" + faction + "'");
        }
        factory.installFaction(inputs, signals, i, regimes[i], faction);
        regimes[i] = faction;
    }

    /**
     * Schedules one more event in this run, applied from its first step exactly as a scenario
     * file's event is (the GUI fires the scenario library's events this way). Its steps are
     * absolute; an event whose ramp has already passed does nothing.
     */
    public void addEvent(EventSpec e) {
        events.add(e, inputs);
    }

    /**
     * Drops a scheduled event (one of the scenario's or one added) from the rest of this run,
     * leaving whatever it has already moved; whether it was scheduled. The GUI's teacher
     * overrides hold this way.
     */
    public boolean cancelEvent(EventSpec e) {
        return events.cancel(e);
    }

    /** Runs the model for the given number of steps from a fresh start. */
    public void runSteps(int steps) {
        start();
        for (int t = 0; t < steps; t++) {
            schedule.step(this);
        }
        finish();
    }
}

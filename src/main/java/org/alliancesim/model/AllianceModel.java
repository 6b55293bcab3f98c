package org.alliancesim.model;

import java.util.ArrayList;
import java.util.List;
import org.alliancesim.decision.DecisionModule;
import org.alliancesim.decision.Theories;
import org.alliancesim.scenario.Parameters;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.StateSpec;
import org.alliancesim.world.Assessment;
import org.alliancesim.world.CounterfactualViews;
import org.alliancesim.world.Inputs;
import org.alliancesim.world.WorldInputs;
import org.alliancesim.world.WorldView;
import sim.engine.SimState;

/**
 * The simulation: states as agents choosing allies, one step per scenario time unit. This class
 * wires the world to four phases, run as MASON schedule orderings so that the order of agents
 * never matters; each phase owns its rule and its state, and can be run without a schedule:
 * <ol>
 *   <li>ordering 0, {@link PerceivePhase}: events move the inputs, perceptions follow with memory
 *       and seeded noise, and the world is assessed (power, proximity, threat); when any state
 *       uses the {@code landscape} module, the two blocs of Axelrod and Bennett's landscape then
 *       make their frustration-reducing switches ({@link BlocDynamics});</li>
 *   <li>ordering 1, one {@link StateAgent} per state ({@link DecidePhase}): each decides its
 *       desired commitment toward every other state, reading the assessment only;</li>
 *   <li>ordering 2, {@link CommitPhase}: every pair's tie follows what both want, all at once;</li>
 *   <li>ordering 3, {@link RecordPhase}: recorders observe.</li>
 * </ol>
 * Randomness comes only from perception noise ({@link PerceptionNoise}), seeded with the run's
 * seed; the scenario chooses its generator. A live display changes a running
 * model through {@link #controls()}.
 */
public class AllianceModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final Scenario baseScenario;
    private final String focalTheory;
    private final List<Recorder> recorders = new ArrayList<>();
    private boolean attributeCauses = true;
    private transient Scenario scenario;
    private transient WorldInputs inputs;
    private transient String[] regimes;
    private transient ModuleChoice choice;
    private transient PerceivePhase perceive;
    private transient DecidePhase decide;
    private transient CommitPhase commit;
    private transient LiveControls controls;

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
        if (commit != null) {
            commit.setAttributeCauses(on);
        }
    }

    @Override
    public void start() {
        super.start();
        scenario = baseScenario;
        int n = scenario.states().size();
        Signals signals = new Signals(n);
        regimes = scenario.states().stream().map(StateSpec::regime).toArray(String[]::new);
        WorldFactory factory = new WorldFactory(scenario);
        inputs = factory.inputs(signals);
        EventSchedule events = new EventSchedule(scenario.events(), inputs, factory, regimes);
        TieBook ties = new TieBook(n);
        choice = new ModuleChoice(scenario, focalTheory);
        decide = new DecidePhase(n);
        perceive = new PerceivePhase(inputs, signals, events, ties, decide.desire());
        RiseSnapshots snapshots = new RiseSnapshots(inputs, regimes, CauseAttributor.regimeRows(scenario));
        commit = new CommitPhase(ties, decide.desire(), inputs, regimes, snapshots);
        commit.setAttributeCauses(attributeCauses);
        perceive.noise(PerceptionNoise.of(scenario.parameters().perception().generator(), seed(), random));
        use(scenario.parameters());
        InputSnapshot initial = snapshots.initial();
        for (var t : scenario.ties()) {
            int a = scenario.indexOf(t.a());
            int b = scenario.indexOf(t.b());
            ties.set(a, b, scenario.parameters().ties().threshold(t.level()), t.level());
            ties.setPeak(a, b, initial);
        }
        controls = new LiveControls(this, inputs, signals, factory, regimes, events, choice);
        schedule.scheduleRepeating(0.0, 0, perceive, 1.0);
        for (int i = 0; i < n; i++) {
            schedule.scheduleRepeating(0.0, 1, new StateAgent(decide, i), 1.0);
        }
        schedule.scheduleRepeating(0.0, 2, commit, 1.0);
        schedule.scheduleRepeating(0.0, 3, new RecordPhase(this, recorders), 1.0);
    }

    /** The phases take these parameters from now on (at the start, and from {@link LiveControls}). */
    void use(Parameters p) {
        if (scenario.parameters().perception().generator() != p.perception().generator()) {
            // switched live: a fresh stream of the run's seed (MASON's own generator goes on)
            perceive.noise(PerceptionNoise.of(p.perception().generator(), seed(), random));
        }
        scenario = scenario.withParameters(p);
        DecisionModule[] modules = choice.create(p.theories());
        Assessment view = perceive.use(p, ModuleChoice.anyLandscape(modules));
        decide.use(view, modules);
        // A counterfactual world as one state sees it (cause attribution asks for one desire):
        // derived on demand, O(N) rather than a full O(N^2) assessment per question.
        // The perception phase recomputes the view for each step's inputs before the commit phase
        // attributes its falls: the views' base reads its numbers.
        CauseAttributor attributor = new CauseAttributor(scenario, new CounterfactualViews(view));
        commit.use(p.ties(), attributor, modules);
    }

    /** The step a phase is in: the schedule's time, a whole number. */
    static int stepOf(SimState state) {
        return (int) Math.round(state.schedule.getTime());
    }

    // --- read-only accessors for recorders, the GUI and tests ---

    public Scenario scenario() {
        return scenario;
    }

    /** The step being taken, or the last one taken (between steps). */
    public int step() {
        return perceive.step();
    }

    public WorldView view() {
        return perceive.view();
    }

    /** State i's bloc (0 or 1, state 0 always in bloc 0), or -1 when no state uses the landscape module. */
    public int bloc(int i) {
        return perceive.view().bloc(i);
    }

    public double desire(int i, int j) {
        return decide.desire()[i][j];
    }

    public TieBook ties() {
        return commit.ties();
    }

    public DecisionModule module(int i) {
        return decide.module(i);
    }

    /** The decision module state i uses in this run. */
    public String moduleName(int i) {
        return choice.name(i);
    }

    public String regime(int i) {
        return regimes[i];
    }

    /** Every change of level so far. */
    public List<TieChange> changes() {
        return commit.changes();
    }

    /** The changes of level in the current step. */
    public List<TieChange> stepChanges() {
        return commit.stepChanges();
    }

    /** The world's inputs as they are now. */
    public Inputs inputs() {
        return inputs;
    }

    /** The live controls of this run (the GUI's): valid until the next {@link #start()}. */
    public LiveControls controls() {
        return controls;
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

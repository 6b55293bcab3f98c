package org.alliancesim.gui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.model.AllianceModel;
import org.alliancesim.model.TieChange;
import org.alliancesim.scenario.EventSpec;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.world.Channel;
import org.alliancesim.world.Level;

/**
 * One run the GUI shows: the same {@link AllianceModel} the command line runs, stepped one step
 * at a time, with what a class needs around it: the event log, the series the charts draw, the
 * teacher's changes and the shocks of the scenario library, fired through the model's own event
 * mechanism. A teacher's change holds: a scheduled event of the scenario that would move the same
 * input later is dropped, and the log says so (unless {@link #setScheduledOverride} allows it).
 * The Swing parts read from here; nothing here draws.
 */
final class Session {
    private final Scenario scenario;
    private final String theory;
    private final int focal;
    private final String[] chosenModules;
    private final EventLog log = new EventLog();
    private final Map<Long, Peak> peaks = new HashMap<>();
    private final List<double[][]> history = new ArrayList<>();
    private final List<EventSpec> pending = new ArrayList<>();
    private final List<EventSpec> teacherEvents = new ArrayList<>();
    private AllianceModel model;
    private long seed;
    private double[] multiplier;
    private boolean scheduledOverride;
    private int restarts;

    /**
     * @param scenario the scenario
     * @param theory the focal states' decision module (null: as the scenario says)
     * @param seed the run's seed
     */
    Session(Scenario scenario, String theory, long seed) {
        this.scenario = scenario;
        this.theory = theory;
        this.focal = scenario.focal().isEmpty() ? 0 : Math.max(0, scenario.indexOf(scenario.focal().get(0)));
        this.chosenModules = new String[scenario.states().size()];
        restart(seed);
    }

    /**
     * A fresh run from the scenario's values with this seed (the run is the first replication of
     * {@code ./alliance-sim run --seed S}); the theories the teacher chose stay chosen.
     */
    void restart(long newSeed) {
        restarts++;
        seed = newSeed;
        // the seed of the first replication of `run --seed S`, so the class sees the command line's run
        model = new AllianceModel(scenario, theory, org.alliancesim.experiment.Seeds.replication(seed, 0));
        model.start();
        for (int i = 0; i < chosenModules.length; i++) {
            if (chosenModules[i] != null) {
                model.controls().setModule(i, chosenModules[i]);
            }
        }
        multiplier = new double[scenario.states().size()];
        java.util.Arrays.fill(multiplier, 1.0);
        log.clear();
        peaks.clear();
        history.clear();
        pending.clear();
        pending.addAll(scenario.events());
        teacherEvents.clear();
        for (var t : scenario.ties()) {
            int a = scenario.indexOf(t.a());
            int b = scenario.indexOf(t.b());
            peaks.put(key(a, b), new Peak(model, a, b));
        }
        log.add(new EventLog.Entry(0, date(0), EventLog.Kind.NOTE, null,
                "start: " + scenario.name() + ", " + theoryText() + ", seed " + seed + ", " + lastStep() + " steps"));
    }

    private String theoryText() {
        return scenario.states().get(focal).name() + " under " + model.moduleName(focal);
    }

    /** How many times the run has (re)started: a view redraws its log from scratch when it changes. */
    int restarts() {
        return restarts;
    }

    AllianceModel model() {
        return model;
    }

    Scenario scenario() {
        return scenario;
    }

    int focal() {
        return focal;
    }

    long seed() {
        return seed;
    }

    EventLog log() {
        return log;
    }

    /** The steps taken so far (the next step's number). */
    int stepsDone() {
        return (int) model.schedule.getSteps();
    }

    /** The scenario's number of steps: a run stops there by default. */
    int lastStep() {
        return scenario.time().steps();
    }

    boolean atEnd() {
        return stepsDone() >= lastStep();
    }

    /** The date of a step in the scenario's unit, e.g. 2027Q3. */
    String date(int step) {
        return scenario.time().label(step);
    }

    /** The date of the last step taken (of step 0 before any). */
    String date() {
        return date(Math.max(0, stepsDone() - 1));
    }

    /** Whether the scenario's scheduled events may override the teacher's changes. */
    void setScheduledOverride(boolean on) {
        scheduledOverride = on;
    }

    boolean scheduledOverride() {
        return scheduledOverride;
    }

    /**
     * The recorded values after each step: {@code history().get(t)[q][j]} for q = 0 commitment of
     * the focal state's tie to j, 1 threat it perceives from j, 2 its desire toward j, 3 j's
     * desire toward it.
     */
    List<double[][]> history() {
        return history;
    }

    /** Takes one step: logs the scheduled events that begin, the level changes, and records. */
    void step() {
        int next = stepsDone();
        for (EventSpec e : pending) {
            if (e.rampStart() == next) {
                log.add(new EventLog.Entry(next, date(next), EventLog.Kind.SCHEDULED, "event",
                        "scheduled: " + EventWords.describe(e, scenario)));
            }
        }
        model.schedule.step(model);
        int n = scenario.states().size();
        for (TieChange c : model.stepChanges()) {
            long k = key(c.a(), c.b());
            Peak peak = peaks.get(k);
            if (!c.isFall()) {
                peaks.put(k, new Peak(model, c.a(), c.b()));
            }
            if (n <= 20 || c.a() == focal || c.b() == focal) {
                log.add(new EventLog.Entry(c.step(), date(c.step()), c.isFall() ? EventLog.Kind.FALL : EventLog.Kind.RISE,
                        null, pair(c.a(), c.b()) + " " + c.from().label() + " -> " + c.to().label()
                        + (c.isFall() ? " (fell): " + CauseWords.describe(c, peak, model) : " (rose)")));
            }
        }
        record();
    }

    private void record() {
        int n = scenario.states().size();
        double[][] row = new double[4][n];
        for (int j = 0; j < n; j++) {
            if (j != focal) {
                row[0][j] = model.ties().commitment(focal, j);
                row[1][j] = model.view().threat(focal, j);
                row[2][j] = model.desire(focal, j);
                row[3][j] = model.desire(j, focal);
            }
        }
        history.add(row);
    }

    String pair(int a, int b) {
        return scenario.states().get(a).name() + "\u2013" + scenario.states().get(b).name();
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    // --- the teacher's changes ---

    /** Fires a library shock now: its events begin at the next step, as in its file relative to its first. */
    void fire(LibraryShock shock) {
        int next = stepsDone();
        List<EventSpec> events = shock.at(next);
        StringBuilder what = new StringBuilder();
        for (EventSpec e : events) {
            what.append(what.length() == 0 ? "" : "; ").append(EventWords.describe(e, scenario));
        }
        log.add(new EventLog.Entry(next, date(next), EventLog.Kind.SHOCK, shock.code(),
                "you fired " + shock.label() + ": " + what));
        for (EventSpec e : events) {
            hold(InputKey.of(e), next, shock.code());
            model.controls().addEvent(e);
            teacherEvents.add(e);
        }
    }

    /** Sets the aggressive intent i's elites read in j (perception follows). */
    void setIntent(int i, int j, double v) {
        model.controls().setIntentSignal(i, j, v);
        teacher(new InputKey(EventSpec.Type.INTENT, id(i), id(j), null),
                "aggressive intent " + name(i) + " reads in " + name(j) + " -> " + EventWords.num(v));
    }

    void setCredibility(int i, int j, double v) {
        model.controls().inputs().setCredibility(i, j, v);
        teacher(new InputKey(EventSpec.Type.CREDIBILITY, id(i), id(j), null),
                CauseWords.poss(name(i)) + " trust in " + name(j) + " -> " + EventWords.num(v));
    }

    /** Sets every channel of the gains i expects from j. */
    void setGains(int i, int j, double v) {
        for (Channel ch : Channel.values()) {
            model.controls().inputs().setGain(i, j, ch, v);
        }
        teacher(new InputKey(EventSpec.Type.GAINS, id(i), id(j), "all"),
                "gains " + name(i) + " expects from " + name(j) + " -> " + EventWords.num(v));
    }

    /** Scales every power component of state i to {@code m} times the scenario's. */
    void setPowerMultiplier(int i, double m) {
        if (!(m > 0)) {
            throw new IllegalArgumentException("multiplier must be positive");
        }
        var w = model.controls().inputs();
        for (int c = 0; c < w.componentCount(); c++) {
            w.setComponent(i, c, w.component(i, c) * m / multiplier[i]);
        }
        multiplier[i] = m;
        teacher(new InputKey(EventSpec.Type.POWER, id(i), null, "all"),
                CauseWords.poss(name(i)) + " power x" + EventWords.num(m) + " of the scenario's");
    }

    double powerMultiplier(int i) {
        return multiplier[i];
    }

    /** The standard deviation of perception noise (a model assumption, for every state). */
    void setNoise(double v) {
        model.controls().applyParameters(model.scenario().parameters().withNoise(v));
        int next = stepsDone();
        log.add(new EventLog.Entry(next, date(next), EventLog.Kind.TEACHER, null, "you set perception noise -> "
                + EventWords.num(v)));
    }

    double noise() {
        return model.scenario().parameters().perception().noise();
    }

    /** State i's decision module from the next step on, kept across restarts. */
    void setModule(int i, String module) {
        model.controls().setModule(i, module);
        chosenModules[i] = module;
        int next = stepsDone();
        log.add(new EventLog.Entry(next, date(next), EventLog.Kind.TEACHER, "theory",
                "you set " + CauseWords.poss(name(i)) + " theory -> " + module));
    }

    private void teacher(InputKey key, String what) {
        int next = stepsDone();
        log.add(new EventLog.Entry(next, date(next), EventLog.Kind.TEACHER, null, "you set " + what));
        hold(key, next, "your change");
    }

    /**
     * Keeps a teacher's change from being undone: earlier teacher events on the same input stop,
     * and so do the scenario's, unless scheduled events may override (then the log warns).
     */
    private void hold(InputKey key, int from, String whose) {
        for (EventSpec e : List.copyOf(teacherEvents)) {
            if (e.rampEnd() >= from && InputKey.of(e).overlaps(key)) {
                model.controls().cancelEvent(e);
                teacherEvents.remove(e);
            }
        }
        for (EventSpec e : List.copyOf(pending)) {
            if (e.rampEnd() < from || !InputKey.of(e).overlaps(key)) {
                continue;
            }
            String what = "the scenario's event (" + EventWords.describe(e, scenario) + ")";
            if (scheduledOverride) {
                log.add(new EventLog.Entry(from, date(from), EventLog.Kind.NOTE, null,
                        what + " will override " + whose + " (scheduled events override is on)"));
            } else {
                model.controls().cancelEvent(e);
                pending.remove(e);
                log.add(new EventLog.Entry(from, date(from), EventLog.Kind.NOTE, null,
                        what + " would have overridden " + whose + ": skipped"));
            }
        }
    }

    /** Whether state i and j are tied now. */
    boolean tied(int i, int j) {
        return model.ties().level(i, j) != Level.NONE;
    }

    private String id(int i) {
        return scenario.states().get(i).id();
    }

    /** A state's name as a sentence uses it ("the United States"). */
    String name(int i) {
        return CauseWords.the(scenario.states().get(i).name());
    }
}

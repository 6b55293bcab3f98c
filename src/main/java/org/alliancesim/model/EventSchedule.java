package org.alliancesim.model;

import java.util.ArrayList;
import java.util.List;
import org.alliancesim.scenario.EventSpec;
import org.alliancesim.world.Channel;
import org.alliancesim.world.WorldInputs;

/**
 * Applies a scenario's events step by step. A ramp captures the value its input has when it
 * starts and moves it linearly to the target; a jump sets the target at its step. Intent and
 * delivered gains are signals: perception follows them with memory.
 */
final class EventSchedule {
    private final List<Active> events = new ArrayList<>();
    private final WorldFactory factory;
    private final String[] regimes;

    EventSchedule(List<EventSpec> specs, WorldInputs w, WorldFactory factory, String[] regimes) {
        this.factory = factory;
        this.regimes = regimes;
        for (EventSpec e : specs) {
            events.add(new Active(e, w.indexOf(e.state()), e.partner() == null ? -1 : w.indexOf(e.partner())));
        }
    }

    /** Schedules one more event (it captures its starting value when its ramp begins, as the others do). */
    void add(EventSpec e, WorldInputs w) {
        events.add(new Active(e, w.indexOf(e.state()), e.partner() == null ? -1 : w.indexOf(e.partner())));
    }

    /** Drops a scheduled event; whether it was there. */
    boolean cancel(EventSpec e) {
        return events.removeIf(a -> a.spec.equals(e));
    }

    void apply(int step, WorldInputs w, Signals signals) {
        for (Active a : events) {
            EventSpec e = a.spec;
            if (step < e.rampStart() || step > e.rampEnd()) {
                continue;
            }
            if (step == e.rampStart()) {
                a.start = capture(a, w, signals);
            }
            double p = e.progress(step);
            List<Target> targets = targets(a, w);
            for (int k = 0; k < targets.size(); k++) {
                double from = a.start[k];
                double to = e.type() == EventSpec.Type.POWER ? from * e.scale() : e.value();
                targets.get(k).set(w, signals, from + p * (to - from));
            }
            if (e.type() == EventSpec.Type.REGIME && step == e.rampEnd()) {
                factory.installFaction(w, signals, a.state, regimes[a.state], e.faction());
                regimes[a.state] = e.faction();
            }
        }
    }

    private double[] capture(Active a, WorldInputs w, Signals signals) {
        List<Target> targets = targets(a, w);
        double[] v = new double[targets.size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = targets.get(k).get(w, signals);
        }
        return v;
    }

    /** The input cells an event moves (none for a regime change, which installs a faction). */
    private static List<Target> targets(Active a, WorldInputs w) {
        EventSpec e = a.spec;
        int i = a.state;
        int j = a.partner;
        List<Target> t = new ArrayList<>();
        switch (e.type()) {
            case INTENT -> t.add(new Target((ww, s) -> s.intent[i][j], (ww, s, v) -> s.intent[i][j] = v));
            case DELIVERED -> t.add(new Target((ww, s) -> s.delivered[i][j], (ww, s, v) -> s.delivered[i][j] = v));
            case CREDIBILITY -> t.add(new Target((ww, s) -> ww.credibility(i, j), (ww, s, v) -> ww.setCredibility(i, j, v)));
            case TRADE -> t.add(new Target((ww, s) -> ww.trade(i, j), (ww, s, v) -> ww.setTrade(i, j, v)));
            case REACH -> t.add(new Target((ww, s) -> ww.reach(i), (ww, s, v) -> ww.setReach(i, v)));
            case OFFENSE -> {
                for (int k = 0; k < w.size(); k++) {
                    int target = k;
                    if (k != i && (j < 0 || k == j)) {
                        t.add(new Target((ww, s) -> ww.offense(i, target), (ww, s, v) -> ww.setOffense(i, target, v)));
                    }
                }
            }
            case GAINS -> {
                for (Channel ch : Channel.values()) {
                    if (e.channel().equals("all") || e.channel().equals(ch.label())) {
                        t.add(new Target((ww, s) -> ww.gain(i, j, ch), (ww, s, v) -> ww.setGain(i, j, ch, v)));
                    }
                }
            }
            case POWER -> {
                for (int c = 0; c < w.componentCount(); c++) {
                    int comp = c;
                    if (e.component().equals("all") || e.component().equals(w.componentName(c))) {
                        t.add(new Target((ww, s) -> ww.component(i, comp), (ww, s, v) -> ww.setComponent(i, comp, v)));
                    }
                }
            }
            case REGIME -> { }
            default -> throw new IllegalStateException(e.type().toString());
        }
        return t;
    }

    private static final class Active {
        final EventSpec spec;
        final int state;
        final int partner;
        double[] start = new double[0];

        Active(EventSpec spec, int state, int partner) {
            this.spec = spec;
            this.state = state;
            this.partner = partner;
        }
    }

    private interface Getter {
        double get(WorldInputs w, Signals s);
    }

    private interface Setter {
        void set(WorldInputs w, Signals s, double v);
    }

    private record Target(Getter getter, Setter setter) {
        double get(WorldInputs w, Signals s) {
            return getter.get(w, s);
        }

        void set(WorldInputs w, Signals s, double v) {
            setter.set(w, s, v);
        }
    }
}

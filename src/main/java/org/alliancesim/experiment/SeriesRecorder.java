package org.alliancesim.experiment;

import org.alliancesim.Num;
import org.alliancesim.model.AllianceModel;
import org.alliancesim.model.Recorder;
import org.alliancesim.world.Level;

/**
 * Collects one run's rows of {@code series.csv}: for each ordered pair and step, the threat the
 * state perceives from the partner, its desire toward it and the pair's level and commitment.
 */
public final class SeriesRecorder implements Recorder {
    public static final String HEADER = "theory,replication,step,time,state,partner,threat,desire,commitment,level";
    /** The header of {@code factors.csv} ({@link RecordMode#FACTORS}). */
    public static final String FACTORS_HEADER = "theory,replication,step,time,state,partner,module,factor,value";
    private final String prefix;
    private final String theory;
    private final int replication;
    private final RecordMode mode;
    private final StringBuilder rows = new StringBuilder();
    private final StringBuilder factorRows = new StringBuilder();

    public SeriesRecorder(String theory, int replication, RecordMode mode) {
        this.prefix = theory + "," + replication + ",";
        this.theory = theory;
        this.replication = replication;
        this.mode = mode;
    }

    @Override
    public void record(AllianceModel m, int step) {
        if (mode == RecordMode.NONE) {
            return;
        }
        var s = m.scenario();
        int n = s.states().size();
        String time = s.time().label(step);
        for (int i = 0; i < n; i++) {
            boolean focalI = s.focal().contains(s.states().get(i).id());
            for (int j = 0; j < n; j++) {
                boolean focalOnly = mode == RecordMode.FOCAL || mode == RecordMode.FACTORS;
                if (i == j || (focalOnly && !focalI && !s.focal().contains(s.states().get(j).id()))
                        || (mode == RecordMode.TIES && m.ties().level(i, j) == Level.NONE)) {
                    continue;
                }
                double threat = m.view().threat(i, j);
                double desire = m.desire(i, j);
                double commitment = m.ties().commitment(i, j);
                NonFiniteException.check(threat, "threat", s, i, j, step, theory, replication);
                NonFiniteException.check(desire, "desire", s, i, j, step, theory, replication);
                NonFiniteException.check(commitment, "commitment", s, i, j, step, theory, replication);
                rows.append(prefix).append(step).append(',').append(time).append(',')
                        .append(s.states().get(i).id()).append(',').append(s.states().get(j).id()).append(',')
                        .append(Num.format(threat)).append(',')
                        .append(Num.format(desire)).append(',')
                        .append(Num.format(commitment)).append(',')
                        .append(m.ties().level(i, j).label()).append('\n');
                if (mode == RecordMode.FACTORS) {
                    factors(m, step, time, i, j);
                }
            }
        }
    }

    private void factors(AllianceModel m, int step, String time, int i, int j) {
        var e = m.module(i).explain(m.view(), i, j);
        String head = prefix + step + "," + time + "," + m.view().id(i) + "," + m.view().id(j) + ","
                + m.module(i).name() + ",";
        factorRows.append(head).append("desire,").append(Num.format(e.desire())).append('\n');
        for (var f : e.factors()) {
            NonFiniteException.check(f.value(), f.name(), m.scenario(), i, j, step, theory, replication);
            String name = f.name();
            if (name.indexOf(',') >= 0 || name.indexOf('"') >= 0 || name.indexOf('\n') >= 0) {
                name = '"' + name.replace("\"", "\"\"") + '"'; // RFC 4180
            }
            factorRows.append(head).append(name).append(',')
                    .append(Num.format(f.value())).append('\n');
        }
    }

    public CharSequence rows() {
        return rows;
    }

    /** The rows of {@code factors.csv} ({@link RecordMode#FACTORS}; empty otherwise). */
    public CharSequence factorRows() {
        return factorRows;
    }
}

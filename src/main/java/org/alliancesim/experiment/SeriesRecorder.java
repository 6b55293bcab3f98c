package org.alliancesim.experiment;

import org.alliancesim.model.AllianceModel;
import org.alliancesim.model.Recorder;
import org.alliancesim.world.Level;

/**
 * Hands one run's series to a {@link SeriesSink} step by step, as values: for each ordered pair
 * the record mode keeps, the threat the state perceives from the partner, its desire toward it and
 * the pair's level and commitment; with {@link RecordMode#FACTORS} also every factor of the desire.
 * Every number is checked finite before it leaves ({@link NonFiniteException}).
 */
public final class SeriesRecorder implements Recorder {
    private final String theory;
    private final int replication;
    private final RecordMode mode;
    private final SeriesSink sink;

    public SeriesRecorder(String theory, int replication, RecordMode mode, SeriesSink sink) {
        this.theory = theory;
        this.replication = replication;
        this.mode = mode;
        this.sink = sink;
    }

    @Override
    public void record(AllianceModel m, int step) {
        if (mode == RecordMode.NONE) {
            return;
        }
        var s = m.scenario();
        int n = s.states().size();
        boolean focalOnly = mode == RecordMode.FOCAL || mode == RecordMode.FACTORS;
        boolean[] focal = new boolean[n];
        for (int i = 0; i < n; i++) {
            focal[i] = s.focal().contains(s.states().get(i).id());
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j || (focalOnly && !focal[i] && !focal[j])) {
                    continue;
                }
                Level level = m.ties().level(i, j);
                if (mode == RecordMode.TIES && level == Level.NONE) {
                    continue;
                }
                double threat = m.view().threat(i, j);
                double desire = m.desire(i, j);
                double commitment = m.ties().commitment(i, j);
                NonFiniteException.check(threat, "threat", s, i, j, step, theory, replication);
                NonFiniteException.check(desire, "desire", s, i, j, step, theory, replication);
                NonFiniteException.check(commitment, "commitment", s, i, j, step, theory, replication);
                sink.series(new SeriesRow(theory, replication, step, i, j, threat, desire, commitment, level));
                if (mode == RecordMode.FACTORS) {
                    factors(m, step, i, j);
                }
            }
        }
    }

    private void factors(AllianceModel m, int step, int i, int j) {
        var e = m.module(i).explain(m.view(), i, j);
        String module = m.module(i).name();
        sink.factor(new FactorRow(theory, replication, step, i, j, module, "desire", e.desire()));
        for (var f : e.factors()) {
            NonFiniteException.check(f.value(), f.name(), m.scenario(), i, j, step, theory, replication);
            sink.factor(new FactorRow(theory, replication, step, i, j, module, f.name(), f.value()));
        }
    }
}

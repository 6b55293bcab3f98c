package org.alliancesim.output;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.alliancesim.experiment.FactorRow;
import org.alliancesim.experiment.SeriesRow;
import org.alliancesim.scenario.Scenario;

/**
 * The text of {@code series.csv} and {@code factors.csv} rows: theory, replication, step, the
 * step's date, the two states' ids, then the numbers ({@link CsvBytes#num}). States are named by
 * the scenario's ids (safe identifiers, written as they are); a factor's name is quoted as RFC 4180
 * requires. Ids, dates and theory names are encoded once, not once per row. Safe to share between
 * threads.
 */
final class SeriesCsv {
    static final String HEADER = "theory,replication,step,time,state,partner,threat,desire,commitment,level";
    /** The header of {@code factors.csv} (record mode {@code factors}). */
    static final String FACTORS_HEADER = "theory,replication,step,time,state,partner,module,factor,value";
    private final Scenario scenario;
    private final byte[][] ids;
    private final AtomicReferenceArray<byte[]> times;
    private final ConcurrentHashMap<String, byte[]> theories = new ConcurrentHashMap<>();

    SeriesCsv(Scenario scenario, int steps) {
        this.scenario = scenario;
        int n = scenario.states().size();
        ids = new byte[n][];
        for (int i = 0; i < n; i++) {
            ids[i] = scenario.states().get(i).id().getBytes(StandardCharsets.UTF_8);
        }
        times = new AtomicReferenceArray<>(steps);
    }

    private byte[] time(int step) {
        byte[] t = step < times.length() ? times.get(step) : null;
        if (t == null) {
            t = scenario.time().label(step).getBytes(StandardCharsets.UTF_8);
            if (step < times.length()) {
                times.set(step, t);
            }
        }
        return t;
    }

    private void head(CsvBytes out, String theory, int replication, int step, int state, int partner) {
        out.bytes(theories.computeIfAbsent(theory, t -> t.getBytes(StandardCharsets.UTF_8))).ch(',').integer(replication).ch(',').integer(step).ch(',').bytes(time(step)).ch(',')
                .bytes(ids[state]).ch(',').bytes(ids[partner]).ch(',');
    }

    void append(CsvBytes out, SeriesRow r) {
        head(out, r.theory(), r.replication(), r.step(), r.state(), r.partner());
        out.num(r.threat()).ch(',').num(r.desire()).ch(',').num(r.commitment()).ch(',').text(r.level().label()).ch('\n');
    }

    void append(CsvBytes out, FactorRow r) {
        head(out, r.theory(), r.replication(), r.step(), r.state(), r.partner());
        String name = r.factor();
        if (name.indexOf(',') >= 0 || name.indexOf('"') >= 0 || name.indexOf('\n') >= 0) {
            name = '"' + name.replace("\"", "\"\"") + '"';
        }
        out.text(r.module()).ch(',').text(name).ch(',').num(r.value()).ch('\n');
    }
}

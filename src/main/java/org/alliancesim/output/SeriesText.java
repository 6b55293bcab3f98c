package org.alliancesim.output;

import org.alliancesim.experiment.FactorRow;
import org.alliancesim.experiment.SeriesRow;
import org.alliancesim.experiment.SeriesSink;
import org.alliancesim.scenario.Scenario;

/**
 * One run's {@code series.csv} and {@code factors.csv} rows held as text in memory, exactly as
 * {@code run} writes them (without the headers): for tests and the bench, which look at one small
 * run; {@code run} itself streams them to disk ({@link SeriesFiles}). One thread at a time.
 */
public final class SeriesText implements SeriesSink {
    /** The header of {@code series.csv}. */
    public static final String HEADER = SeriesCsv.HEADER;
    /** The header of {@code factors.csv}. */
    public static final String FACTORS_HEADER = SeriesCsv.FACTORS_HEADER;
    private final SeriesCsv csv;
    private final CsvBytes rows = new CsvBytes(1 << 12);
    private final CsvBytes factorRows = new CsvBytes(1 << 12);

    /** @param scenario the run's scenario (its ids and dates name the rows) */
    public SeriesText(Scenario scenario, int steps) {
        this.csv = new SeriesCsv(scenario, steps);
    }

    @Override
    public void series(SeriesRow row) {
        csv.append(rows, row);
    }

    @Override
    public void factor(FactorRow row) {
        csv.append(factorRows, row);
    }

    /** The rows of {@code series.csv} so far, each ending in a line break. */
    public String rows() {
        return rows.toString();
    }

    /** The rows of {@code factors.csv} so far. */
    public String factorRows() {
        return factorRows.toString();
    }
}

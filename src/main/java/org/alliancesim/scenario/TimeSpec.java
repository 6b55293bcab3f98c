package org.alliancesim.scenario;

import java.util.Locale;
import org.alliancesim.param.Labels;

/**
 * What a step means (scenario key {@code time}): the calendar unit of one step, the period of
 * step 0, and how many steps a run has by default.
 *
 * @param start the calendar year of step 0
 * @param unit one step is a {@code year}, a {@code quarter} or a {@code month}
 * @param steps how many steps a run takes unless the command line says otherwise
 */
public record TimeSpec(int start, Unit unit, int steps) {

    /** The calendar length of a step. */
    public enum Unit {
        YEAR(1), QUARTER(4), MONTH(12);

        private final int perYear;

        Unit(int perYear) {
            this.perYear = perYear;
        }

        public int perYear() {
            return perYear;
        }

        public String label() {
            return Labels.label(this);
        }
    }

    /** The period a step stands for: {@code 2022}, {@code 2022Q3} or {@code 2022-07}. */
    public String label(int step) {
        int year = start + Math.floorDiv(step, unit.perYear);
        int sub = Math.floorMod(step, unit.perYear) + 1;
        return switch (unit) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> year + "Q" + sub;
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", year, sub);
        };
    }

    /** The step as a decimal year (for chart axes). */
    public double year(int step) {
        return start + step / (double) unit.perYear;
    }
}

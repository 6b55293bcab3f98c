package org.alliancesim.scenario;

import java.util.Locale;
import org.alliancesim.param.Labels;
import org.alliancesim.param.Range;

/**
 * What a step means (scenario key {@code time}): the calendar unit of one step, the period of
 * step 0, and how many steps a run has by default.
 *
 * @param start the calendar year of step 0
 * @param unit one step is a {@code year}, a {@code quarter} or a {@code month}
 * @param steps how many steps a run takes unless the command line says otherwise
 */
public record TimeSpec(
        @Range(min = -10000, max = 10000) int start,
        Unit unit,
        @Range(min = 1, max = TimeSpec.MAX_STEPS) int steps) {

    /** Most steps a run may take. */
    public static final int MAX_STEPS = 1_000_000;

    /** A year-by-year run of 100 steps from 2000, for a scenario that says nothing of time. */
    public static final TimeSpec DEFAULTS = new TimeSpec(2000, Unit.YEAR, 100);

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

    /**
     * The step a period label names ({@code 2030}, {@code 2030Q2} or {@code 2030-05}, as
     * {@link #label(int)} writes them for this unit), or -1 if the text is no such label. The step
     * may lie outside the run.
     */
    public int stepOf(String text) {
        java.util.regex.Matcher m = switch (unit) {
            case YEAR -> java.util.regex.Pattern.compile("(\\d{1,6})").matcher(text.trim());
            case QUARTER -> java.util.regex.Pattern.compile("(\\d{1,6})Q([1-4])").matcher(text.trim());
            case MONTH -> java.util.regex.Pattern.compile("(\\d{1,6})-(0[1-9]|1[0-2])").matcher(text.trim());
        };
        if (!m.matches()) {
            return -1;
        }
        long year = Long.parseLong(m.group(1));
        long sub = unit == Unit.YEAR ? 1 : Long.parseLong(m.group(2));
        long step = (year - start) * unit.perYear + sub - 1;
        return step < 0 || step > Integer.MAX_VALUE ? -1 : (int) step;
    }

    /** An example label of this unit, for messages. */
    public String example() {
        return label(0);
    }

    /** The step as a decimal year (for chart axes). */
    public double year(int step) {
        return start + step / (double) unit.perYear;
    }
}

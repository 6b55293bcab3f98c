package org.alliancesim.output;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.alliancesim.scenario.TimeSpec;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;

/**
 * A time axis in the scenario's own unit: it spans exactly the run (no padding), ticks fall on
 * whole periods (years, or quarters or months when the run is short), and every tick has its own
 * label ({@code 1970}, {@code 1970Q3}, {@code 1970-07}), so a short quarterly run never reads
 * "1970 1970 1971".
 */
public final class PeriodAxis {
    private PeriodAxis() {
    }

    /** An axis over steps {@code 0..steps-1} of {@code time}, in decimal years. */
    public static NumberAxis of(TimeSpec time, int steps, String label) {
        NumberAxis axis = NumberAxes.of(label);
        axis.setAutoRange(false);
        double from = time.year(0);
        double to = time.year(Math.max(1, steps - 1));
        axis.setRange(from, to);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        axis.setStandardTickUnits(units(time));
        axis.setLabelFont(Charts.LABEL);
        axis.setTickLabelFont(Charts.TICK);
        return axis;
    }

    /** Tick sizes that are whole periods of the unit: 1, 2 (3, 6) periods, then 1, 2, 5, 10... years. */
    static TickUnits units(TimeSpec time) {
        TickUnits u = new TickUnits();
        NumberFormat f = new Period(time);
        int per = (int) Math.round(1 / (time.year(1) - time.year(0)));
        int[] within = per == 12 ? new int[] {1, 2, 3, 6} : per == 4 ? new int[] {1, 2} : new int[0];
        for (int n : within) {
            u.add(new NumberTickUnit(n / (double) per, f));
        }
        for (int years : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000}) {
            u.add(new NumberTickUnit(years, f));
        }
        return u;
    }

    /** Writes a decimal year as the period it starts. */
    static final class Period extends NumberFormat {
        private final TimeSpec time;
        private final int per;

        Period(TimeSpec time) {
            this.time = time;
            this.per = (int) Math.round(1 / (time.year(1) - time.year(0)));
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            long step = Math.round((number - time.start()) * per);
            if (step % per == 0) {
                return to.append(time.start() + step / per);
            }
            return to.append(time.label((int) step));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return format((double) number, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null;
        }
    }
}

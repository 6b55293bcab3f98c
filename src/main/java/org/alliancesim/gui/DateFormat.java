package org.alliancesim.gui;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.alliancesim.scenario.TimeSpec;

/** A chart axis's decimal years written in the scenario's unit: 2027Q3, 2027-07 or 2027. */
final class DateFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final transient TimeSpec time;

    DateFormat(TimeSpec time) {
        this.time = time;
    }

    /** The step whose decimal year is x (the nearest). */
    int step(double x) {
        return (int) Math.round((x - time.start()) * time.unit().perYear());
    }

    @Override
    public StringBuffer format(double x, StringBuffer b, FieldPosition p) {
        return b.append(time.label(step(x)));
    }

    @Override
    public StringBuffer format(long x, StringBuffer b, FieldPosition p) {
        return format((double) x, b, p);
    }

    @Override
    public Number parse(String s, ParsePosition p) {
        return null;
    }
}

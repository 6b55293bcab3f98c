package org.alliancesim.output;

import org.alliancesim.Num;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.alliancesim.scenario.EventSpec;
import org.alliancesim.scenario.Scenario;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;

/**
 * A scenario's events on a time chart: a labelled vertical line where each starts (E1, E2, ...),
 * a light shade over its ramp, and a line of words per event for the figure's notes.
 */
public final class EventMarks {
    static final Color LINE = new Color(90, 90, 90);
    static final Color SHADE = new Color(120, 120, 120, 28);

    private EventMarks() {
    }

    /** Adds every event of {@code s} within steps 0..steps-1 to the plot; labels them when asked. */
    public static void add(XYPlot plot, Scenario s, int steps, boolean labelled) {
        List<EventSpec> events = s.events();
        java.util.Map<Integer, String> starts = new java.util.TreeMap<>();
        java.util.Set<String> ramps = new java.util.HashSet<>();
        for (int n = 0; n < events.size(); n++) {
            EventSpec e = events.get(n);
            if (e.rampStart() >= steps) {
                continue;
            }
            starts.merge(e.rampStart(), "E" + (n + 1), (a, b) -> a + "," + b.substring(1));
            if (!e.isJump() && ramps.add(e.rampStart() + "-" + e.rampEnd())) {
                IntervalMarker shade = new IntervalMarker(s.time().year(e.rampStart()),
                        s.time().year(Math.min(steps - 1, e.rampEnd())));
                shade.setPaint(SHADE);
                shade.setOutlinePaint(null);
                plot.addDomainMarker(shade, org.jfree.ui.Layer.BACKGROUND);
            }
        }
        for (var start : starts.entrySet()) {
            ValueMarker m = new ValueMarker(s.time().year(start.getKey()), LINE, new BasicStroke(1.2f));
            if (labelled) {
                m.setLabel(start.getValue());
                m.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
                m.setLabelPaint(LINE);
                m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            }
            plot.addDomainMarker(m);
        }
    }

    /** One note per event: "E1 2029Q3–2037Q1: IRN's intent toward USA to 0.05 (ramp)". */
    public static List<String> notes(Scenario s, int steps) {
        List<String> out = new ArrayList<>();
        List<EventSpec> events = s.events();
        StringBuilder line = new StringBuilder();
        for (int n = 0; n < events.size(); n++) {
            EventSpec e = events.get(n);
            if (e.rampStart() >= steps) {
                continue;
            }
            String when = e.isJump() ? s.time().label(e.rampStart())
                    : s.time().label(e.rampStart()) + "–" + s.time().label(e.rampEnd());
            line.append(line.length() == 0 ? "Events: " : "; ").append("E").append(n + 1).append(' ').append(when)
                    .append(' ').append(describe(e));
        }
        if (line.length() > 0) {
            out.add(line.append('.').toString());
        }
        return out;
    }

    /** What an event changes, in words: "IRN reads USA's intent as 0.05", "USA's military ×0.1". */
    static String describe(EventSpec e) {
        String who = e.state() == null ? "" : e.state();
        String to = Double.isNaN(e.value()) ? "" : Num.format(e.value());
        String times = Double.isNaN(e.scale()) ? "" : " ×" + Num.format(e.scale());
        return switch (e.type()) {
            case INTENT -> who + " reads " + e.partner() + "'s intent as " + to;
            case CREDIBILITY -> who + "'s trust in " + e.partner() + " to " + to;
            case POWER -> who + "'s " + (e.component() == null ? "power" : e.component()) + times
                    + (to.isEmpty() ? "" : " to " + to);
            case REGIME -> who + "'s government to " + e.faction();
            default -> generic(e, who, to, times);
        };
    }

    private static String generic(EventSpec e, String who, String to, String times) {
        StringBuilder sb = new StringBuilder(who.isEmpty() ? "" : who + "'s ").append(e.type().label());
        if (e.component() != null) {
            sb.append(' ').append(e.component());
        }
        if (e.channel() != null) {
            sb.append(' ').append(e.channel());
        }
        if (e.partner() != null) {
            sb.append(" toward ").append(e.partner());
        }
        if (e.faction() != null) {
            sb.append(" to ").append(e.faction());
        }
        if (!to.isEmpty()) {
            sb.append(" to ").append(to);
        }
        return sb.append(times).toString();
    }
}

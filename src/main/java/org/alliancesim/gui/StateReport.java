package org.alliancesim.gui;

import java.util.Locale;
import org.alliancesim.decision.Explanation;
import org.alliancesim.model.AllianceModel;
import org.alliancesim.world.WorldView;

/**
 * What a state's inspector shows, as HTML: its power, how it sees each other state (perceived
 * intent, threat, the desires on both sides, the tie) and, for each partner, the factors its
 * decision module weighed ({@link org.alliancesim.decision.DecisionModule#explain}). Built from
 * the model afresh at each step; reads only.
 */
final class StateReport {
    private StateReport() {
    }

    static String html(AllianceModel m, int i) {
        java.util.List<Integer> all = new java.util.ArrayList<>();
        for (int j = 0; j < m.scenario().states().size(); j++) {
            all.add(j);
        }
        return html(m, i, all);
    }

    /** The report toward the given states only (a large world's map shows a few). */
    static String html(AllianceModel m, int i, java.util.List<Integer> toward) {
        WorldView v = m.view();
        var states = m.scenario().states();
        StringBuilder h = new StringBuilder("<html><body style='font-family:sans-serif;font-size:11px'>");
        h.append("<h2 style='margin:2px'>").append(esc(states.get(i).name())).append("</h2>");
        h.append("<p>").append(esc(m.scenario().time().label(m.step())))
                .append("<br>Decision module: <b>").append(esc(m.moduleName(i))).append("</b>");
        if (m.regime(i) != null) {
            h.append("<br>Ruling faction: ").append(esc(m.regime(i)));
        }
        h.append("<br>Aggregate power: <b>").append(f(v.power(i))).append("</b> of the system's; military ")
                .append(f(v.military(i))).append("</p>");
        h.append("<p style='margin:2px'>Toward each state: the tie; the desire of this state (mine) and of the other "
                + "(theirs); the aggressive intent and the threat this state perceives in it.</p>");
        h.append("<table border=1 cellspacing=0 cellpadding=1 style='font-size:10px'><tr><th>toward</th><th>tie</th>"
                + "<th>mine</th><th>theirs</th><th>intent</th><th>threat</th></tr>");
        for (int j : toward) {
            if (j == i) {
                continue;
            }
            h.append("<tr><td>").append(esc(states.get(j).name())).append("</td><td>")
                    .append(m.ties().level(i, j).label()).append(' ').append(f(m.ties().commitment(i, j)))
                    .append("</td><td>").append(f(m.desire(i, j))).append("</td><td>").append(f(m.desire(j, i)))
                    .append("</td><td>").append(f(v.intent(i, j))).append("</td><td>").append(f(v.threat(i, j)))
                    .append("</td></tr>");
        }
        h.append("</table>");
        for (int j : toward) {
            if (j == i) {
                continue;
            }
            Explanation e = m.module(i).explain(v, i, j);
            h.append("<p style='margin-top:6px'><b>Why ").append(esc(states.get(i).name())).append("'s desire toward ")
                    .append(esc(states.get(j).name())).append(" is ").append(f(e.desire())).append("</b> (")
                    .append(esc(m.moduleName(i))).append(")<br>");
            for (Explanation.Factor factor : e.factors()) {
                h.append("&nbsp;&nbsp;").append(esc(factor.name())).append(": ").append(f(factor.value())).append("<br>");
            }
            h.append("</p>");
        }
        return h.append("</body></html>").toString();
    }

    static String f(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

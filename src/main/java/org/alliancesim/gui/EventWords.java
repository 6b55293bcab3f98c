package org.alliancesim.gui;

import java.util.Locale;
import org.alliancesim.scenario.EventSpec;
import org.alliancesim.scenario.Scenario;

/** A scheduled event in a teacher's words: "Iran's military x40 over 2029Q3-2037Q1". */
final class EventWords {
    private EventWords() {
    }

    static String describe(EventSpec e, Scenario s) {
        String st = name(s, e.state());
        String pn = e.partner() == null ? null : name(s, e.partner());
        String what = switch (e.type()) {
            case INTENT -> "aggressive intent " + st + " reads in " + pn + " -> " + num(e.value());
            case POWER -> CauseWords.poss(st) + " " + (e.component().equals("all") ? "power" : e.component()) + " x" + num(e.scale());
            case OFFENSE -> CauseWords.poss(st) + " offensive capability toward " + (pn == null ? "every state" : pn) + " -> " + num(e.value());
            case REACH -> CauseWords.poss(st) + " reach -> " + num(e.value());
            case CREDIBILITY -> CauseWords.poss(st) + " trust in " + pn + " -> " + num(e.value());
            case GAINS -> "gains " + st + " expects from " + pn
                    + (e.channel().equals("all") ? "" : " (" + e.channel() + ")") + " -> " + num(e.value());
            case DELIVERED -> "share of expected gains " + pn + " delivers to " + st + " -> " + num(e.value());
            case TRADE -> CauseWords.poss(st) + " trade share with " + pn + " -> " + num(e.value());
            case REGIME -> "the faction '" + e.faction() + "' takes power in " + st;
        };
        var t = s.time();
        return what + (e.isJump() ? " at " + t.label(e.rampStart())
                : " over " + t.label(e.rampStart()) + "\u2013" + t.label(e.rampEnd()));
    }

    static String name(Scenario s, String id) {
        int i = s.indexOf(id);
        return i < 0 ? id : CauseWords.the(s.states().get(i).name());
    }

    static String num(double v) {
        String t = String.format(Locale.ROOT, "%.3f", v).replaceFirst("0+$", "");
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}

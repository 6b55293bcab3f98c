package org.alliancesim.gui;

import java.util.List;
import java.util.Objects;
import org.alliancesim.model.AllianceModel;
import org.alliancesim.model.Cause;
import org.alliancesim.model.TieChange;
import org.alliancesim.scenario.StateSpec;
import org.alliancesim.world.WorldView;

/**
 * A change of level in a teacher's words: "fell to alignment: the threat from the United States
 * receded (W2)". The words come from the cause the model attributed and from how the states'
 * inputs moved since the tie's peak ({@link Peak}), never from a table per scenario.
 */
final class CauseWords {
    private CauseWords() {
    }

    /** "" for a rise; for a fall "REASON (CODE)". */
    static String describe(TieChange c, Peak peak, AllianceModel m) {
        if (!c.isFall()) {
            return "";
        }
        String reason = c.cause() == null ? "cause not attributed" : reason(c, peak, m);
        return reason + (c.cause() == null ? "" : " (" + c.cause().label() + ")");
    }

    /**
     * A state's name as the subject or object of a sentence: "the United States", "Iran". Names
     * that are plural or a union or a republic of something take the article.
     */
    static String the(String name) {
        String[] plural = {"United ", "Republic of", "Russian Federation", "Netherlands", "Philippines", "Bahamas",
            "Gambia", "Czech Republic", "Central African", "Dominican Republic", "Democratic Republic", "Maldives",
            "Comoros", "Seychelles", "Marshall Islands", "Solomon Islands", "Holy See", "Soviet Union"};
        for (String p : plural) {
            if (name.startsWith(p)) {
                return "the " + name;
            }
        }
        return name;
    }

    private static String reason(TieChange c, Peak peak, AllianceModel m) {
        int d = c.decider();
        int p = d == c.a() ? c.b() : c.a();
        List<StateSpec> s = m.scenario().states();
        String dn = the(s.get(d).name());
        String pn = the(s.get(p).name());
        WorldView v = m.view();
        Cause cause = c.cause();
        if (peak == null) {
            return dn + " wants less: " + cause.meaning();
        }
        int r = peak.row(d);
        return switch (cause) {
            case W1 -> dn + " came to see a threat in " + pn;
            case W2 -> {
                // W2 is the allies' view of outside parties: the decider's own, or its partner's
                // (a balancer values a partner that no longer fears its enemy less).
                int k = mostMoved(peak.intent[r], i -> v.intent(d, i), d, p);
                int kp = mostMoved(peak.intent[1 - r], i -> v.intent(p, i), p, d);
                double own = k < 0 ? 0 : Math.abs(v.intent(d, k) - peak.intent[r][k]);
                double partner = kp < 0 ? 0 : Math.abs(v.intent(p, kp) - peak.intent[1 - r][kp]);
                if (k < 0 && kp < 0) {
                    yield poss(dn) + " reading of others' intentions changed";
                }
                if (partner > own) {
                    String kn = the(s.get(kp).name());
                    yield v.intent(p, kp) < peak.intent[1 - r][kp]
                            ? pn + " no longer fears " + kn + ", so " + dn + " values it less"
                            : pn + " came to see aggressive intent in " + kn;
                }
                yield v.intent(d, k) < peak.intent[r][k] ? "the threat from " + the(s.get(k).name()) + " receded"
                        : dn + " came to see aggressive intent in " + the(s.get(k).name());
            }
            case W3 -> v.military(d) >= peak.military[d] ? poss(dn) + " own military grew: it can face the threat alone"
                    : poss(dn) + " own military shrank";
            case W4 -> v.credibility(d, p) < peak.credibility[r][p] ? dn + " no longer trusts " + pn + " to stand by it"
                    : poss(dn) + " trust in its partners changed";
            case W5 -> {
                for (int k = 0; k < s.size(); k++) {
                    if (!Objects.equals(peak.regimes[k], m.regime(k))) {
                        yield "a new government in " + the(s.get(k).name()) + " (" + m.regime(k) + ")";
                    }
                }
                yield "a domestic regime change";
            }
            case W6 -> {
                int k = mostMoved(peak.power, v::power, d, -1);
                if (k < 0) {
                    yield "the balance of power changed";
                }
                yield the(s.get(k).name()) + (v.power(k) < peak.power[k] ? " declined" : " grew stronger");
            }
            case S1 -> dn + " became powerful itself";
            case S2 -> v.delivered(d, p) < peak.delivered[r][p] ? pn + " did not deliver the gains " + dn + " expected"
                    : dn + " expects less from " + pn;
            case OTHER -> "no single input accounts for it (perception drift or other inputs)";
        };
    }

    /** "Iran's", "the United States'". */
    static String poss(String name) {
        return name + (name.endsWith("s") ? "'" : "'s");
    }

    /** The state k (not {@code skipA}, not {@code skipB}) whose value moved most since the peak, or -1. */
    private static int mostMoved(double[] then, java.util.function.IntToDoubleFunction now, int skipA, int skipB) {
        int best = -1;
        double most = 1e-9;
        for (int k = 0; k < then.length; k++) {
            if (k == skipA || k == skipB) {
                continue;
            }
            double moved = Math.abs(now.applyAsDouble(k) - then[k]);
            if (moved > most) {
                most = moved;
                best = k;
            }
        }
        return best;
    }
}

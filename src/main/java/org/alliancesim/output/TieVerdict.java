package org.alliancesim.output;

import java.util.Locale;
import org.alliancesim.experiment.Endings;
import org.alliancesim.model.Cause;
import org.alliancesim.scenario.TimeSpec;
import org.alliancesim.world.Level;

/**
 * What became of one focal tie under one theory over a scenario's replications, in the three
 * words {@code compare} uses everywhere (console, {@code comparison.csv}, {@code comparison.md}):
 * <b>never formed</b> (it never stood above none in any replication), <b>ends</b> (it fell to none
 * in at least one, with the share, median date and causes) or <b>holds</b> (it stood and never
 * ended), with the most common first and final levels.
 *
 * @param firstLevel the most common level the tie first stood at (none if it never formed)
 * @param finalLevel the most common level at the last step
 * @param reformedShare share of replications in which the tie fell to none and stood again by the
 *     end (it did not end, but it broke for a while)
 */
public record TieVerdict(Outcome outcome, Endings endings, Level firstLevel, Level finalLevel, double reformedShare,
                         TimeSpec time) {

    /** The three outcomes; {@link #label()} is the word the outputs write. */
    public enum Outcome {
        NEVER_FORMED("never formed"), HOLDS("holds"), ENDS("ends");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static TieVerdict of(Endings e, Level firstLevel, Level finalLevel, double reformedShare, TimeSpec time) {
        Outcome o = e.stood() == 0 ? Outcome.NEVER_FORMED : e.ended() == 0 ? Outcome.HOLDS : Outcome.ENDS;
        return new TieVerdict(o, e, firstLevel, finalLevel, reformedShare, time);
    }

    public static TieVerdict of(Endings e, Level firstLevel, Level finalLevel, TimeSpec time) {
        return of(e, firstLevel, finalLevel, 0, time);
    }

    /** Share of replications in which the tie stood at some step. */
    public double formedShare() {
        return endings.replications() == 0 ? 0 : endings.stood() / (double) endings.replications();
    }

    /** Share of the endings attributed to {@code c}; NaN when the tie never ended. */
    public double causeShare(Cause c) {
        return endings.ended() == 0 ? Double.NaN : endings.count(c) / (double) endings.ended();
    }

    /** The median date the tie ended ({@code 2030Q2}), or "" if it never did. */
    public String medianEndDate() {
        int step = endings.medianEndStep();
        return step < 0 ? "" : time.label(step);
    }

    /**
     * The verdict in words: {@code never formed}, {@code holds (coalition)} (the most
     * common final level; {@code holds (coalition; broke and re-formed in 100%)} when it fell to
     * none on the way) or {@code ends 45% (W2 80%, W6 20%, median 2031Q2)}.
     */
    public String text() {
        return switch (outcome) {
            case NEVER_FORMED -> "never formed";
            case HOLDS -> "holds (" + finalLevel.label() + (reformedShare > 0 ? String.format(Locale.ROOT,
                    "; broke and re-formed in %d%%", Math.round(100 * reformedShare)) : "") + ")";
            case ENDS -> String.format(Locale.ROOT, "ends %d%% (%s, median %s)", Math.round(100 * endings.endedShare()),
                    causes(), medianEndDate());
        };
    }

    /** The attributed causes, most frequent first, with their shares when there is more than one: "W2" or "W2 80%, W6 20%". */
    public String causes() {
        StringBuilder sb = new StringBuilder();
        java.util.List<Cause> order = new java.util.ArrayList<>(java.util.List.of(Cause.values()));
        order.removeIf(c -> endings.count(c) == 0);
        order.sort((a, b) -> Integer.compare(endings.count(b), endings.count(a)));
        for (Cause c : order) {
            sb.append(sb.length() == 0 ? "" : ", ").append(c.label());
            if (order.size() > 1) {
                sb.append(' ').append(Math.round(100 * causeShare(c))).append('%');
            }
        }
        return sb.toString();
    }
}

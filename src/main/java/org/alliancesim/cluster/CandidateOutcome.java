package org.alliancesim.cluster;

import java.io.Serializable;

/**
 * What a worker hands back for one calibration candidate: its objective, or why it refused the
 * candidate (another build, another calibration's token, no or other data: the candidate goes to
 * another member), or why the evaluation failed (it would fail anywhere: the calibration stops).
 */
public record CandidateOutcome(int index, double objective, String refusal, String failure) implements Serializable {
    static CandidateOutcome done(int index, double objective) {
        return new CandidateOutcome(index, objective, null, null);
    }

    static CandidateOutcome refused(int index, String why) {
        return new CandidateOutcome(index, Double.NaN, why, null);
    }

    static CandidateOutcome failed(int index, String why) {
        return new CandidateOutcome(index, Double.NaN, null, why);
    }

    boolean isDone() {
        return refusal == null && failure == null;
    }
}

package org.alliancesim.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.data.DisputeYear;
import org.alliancesim.world.Revisionism;

/**
 * A proxy for Schweller's aims from the MIDs (off by default): a state that was the revisionist
 * side (MID {@code revstate}) over territory or regime (revision types 1 and 3) in a dispute in the
 * last {@code revisionWindow} years is {@code limited}; if it fought a war (hostility 5) as such a
 * revisionist, {@code unlimited}; else {@code status-quo}. It is only a proxy: the MID codes who
 * challenged the status quo in one dispute, not what a state's elites want of the international
 * order (Schweller 1994: 100-104), and a small state pressing one border claim is no wolf.
 */
final class RevisionismProxy {
    private static final int TERRITORY = 1;
    private static final int REGIME = 3;
    private static final int WAR = 5;

    private final MappingParams p;
    private final Map<Integer, List<DisputeYear>> byState = new HashMap<>();

    RevisionismProxy(MappingParams p, List<DisputeYear> disputes) {
        this.p = p;
        for (DisputeYear d : disputes) {
            if (d.revisionist1() && (d.revisionType1() == TERRITORY || d.revisionType1() == REGIME)) {
                byState.computeIfAbsent(d.ccode1(), k -> new ArrayList<>()).add(d);
            }
        }
    }

    Revisionism of(int ccode, int year) {
        Revisionism out = Revisionism.STATUS_QUO;
        for (DisputeYear d : byState.getOrDefault(ccode, List.of())) {
            int age = year - d.year();
            if (age >= 0 && age < p.revisionWindow()) {
                if (d.hostility1() == WAR) {
                    return Revisionism.UNLIMITED;
                }
                out = Revisionism.LIMITED;
            }
        }
        return out;
    }
}

package org.alliancesim.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random worlds for generated-input tests: a seeded generator of raw inputs of any size. */
public final class RandomInputs {
    private RandomInputs() {
    }

    public static WorldInputs of(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 2 + r.nextInt(11);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("S" + i);
        }
        boolean composite = r.nextInt(4) == 0;
        WorldInputs w = new WorldInputs(ids, composite ? List.of("composite")
                : List.of("population", "economy", "military"));
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < w.componentCount(); c++) {
                w.setComponent(i, c, r.nextInt(5) == 0 ? 0 : r.nextDouble() * 1000);
            }
            w.setReach(i, 0.2 + 3 * r.nextDouble());
            w.setRevisionism(i, Revisionism.values()[r.nextInt(3)]);
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                if (j > i) {
                    w.setDistanceKm(i, j, r.nextDouble() * 15000);
                    w.setIdentity(i, j, r.nextDouble());
                }
                w.setOffense(i, j, r.nextDouble());
                w.setIntent(i, j, r.nextInt(6) == 0 ? 0 : r.nextDouble());
                w.setCredibility(i, j, r.nextDouble());
                for (Channel ch : Channel.values()) {
                    w.setGain(i, j, ch, r.nextDouble());
                }
                w.setDelivered(i, j, r.nextDouble());
                w.setTrade(i, j, r.nextDouble() / n);
            }
        }
        return w;
    }

    public static Assessment assess(Inputs in) {
        return new Assessment(in, ThreatParams.DEFAULTS, ProximityParams.DEFAULTS, PowerParams.DEFAULTS);
    }
}

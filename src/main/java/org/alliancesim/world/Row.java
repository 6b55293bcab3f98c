package org.alliancesim.world;

/**
 * A quantity of a {@link WorldView} over every state j, for a module that walks a whole row
 * ({@link WorldView#row}): one call per row instead of one interface call per pair. Each constant
 * says which per-entry value its cell j is; {@code i} is the deciding state and {@code k} a third
 * state (the rival), ignored where the quantity does not name them.
 */
public enum Row {
    /** {@code power(j)}. */
    POWER {
        @Override
        public double at(WorldView w, int i, int k, int j) {
            return w.power(j);
        }
    },
    /** {@code military(j)}. */
    MILITARY {
        @Override
        public double at(WorldView w, int i, int k, int j) {
            return w.military(j);
        }
    },
    /** {@code threat(i, j)}: the threat i perceives from each state. */
    THREAT {
        @Override
        public double at(WorldView w, int i, int k, int j) {
            return w.threat(i, j);
        }
    },
    /** {@code threat(j, k)}: the threat each state perceives from k. */
    THREAT_OF {
        @Override
        public double at(WorldView w, int i, int k, int j) {
            return w.threat(j, k);
        }
    },
    /** The greatest threat j perceives: {@code threat(j, principalThreat(j, -1))}, 0 if none. */
    GREATEST_THREAT {
        @Override
        public double at(WorldView w, int i, int k, int j) {
            int jk = w.principalThreat(j, -1);
            return jk < 0 ? 0 : w.threat(j, jk);
        }
    },
    /** {@code threatTo(i, k, j)}: the threat i sees k posing to each state. */
    THREAT_TO {
        @Override
        public double at(WorldView w, int i, int k, int j) {
            return w.threatTo(i, k, j);
        }
    },
    /** {@code projection(k, j)}: the share of k's force k brings to bear on each state. */
    PROJECTION_OF {
        @Override
        public double at(WorldView w, int i, int k, int j) {
            return w.projection(k, j);
        }
    },
    /** {@code credibility(i, j)}. */
    CREDIBILITY {
        @Override
        public double at(WorldView w, int i, int k, int j) {
            return w.credibility(i, j);
        }
    },
    /** {@code vulnerabilityWithout(i, k, j)}: i's exposure to k without each partner. */
    VULNERABILITY_WITHOUT {
        @Override
        public double at(WorldView w, int i, int k, int j) {
            return w.vulnerabilityWithout(i, k, j);
        }
    },
    /** {@code basing(i, j, k)}: the share of i's strength that reaches k from each state's territory. */
    BASING {
        @Override
        public double at(WorldView w, int i, int k, int j) {
            return w.basing(i, j, k);
        }
    };

    /** Cell j of the row, from the view's per-entry methods (what {@link WorldView#row} must equal). */
    public abstract double at(WorldView w, int i, int k, int j);
}

package org.alliancesim.world;

/**
 * The loss-of-strength gradient, offense and projection of force an {@link Assessment} derives
 * from a world's distances, reaches and offensive capabilities, shared by the assessments of the
 * copies of one world ({@link WorldInputs#geometryOrigin()}): each of a scenario's runs starts
 * from its own copy of the same world, so the first assessment with given parameters derives
 * the matrices and the others copy them into their own arrays (the same numbers: the same
 * operations on the same inputs). Nothing is shared but these read-only copies. The last
 * geometry is kept ({@link LastBuilt}): the first assessment of its key derives it while the
 * others of that key wait.
 */
final class StartGeometry {
    /**
     * Copies of one world at one state of its geometry, assessed with these parameters (the same
     * instances: a run's phases take them from one scenario). Compared field by field rather than
     * as a record, whose first {@code equals} costs a cold run's one-time bootstrap.
     */
    static final class Key {
        private final long origin;
        private final long geometry;
        private final ProximityParams proximity;
        private final ThreatParams threat;

        Key(long origin, long geometry, ProximityParams proximity, ThreatParams threat) {
            this.origin = origin;
            this.geometry = geometry;
            this.proximity = proximity;
            this.threat = threat;
        }

        boolean same(Key k) {
            return origin == k.origin && geometry == k.geometry && proximity == k.proximity && threat == k.threat;
        }
    }

    /** The last key's geometry. */
    private static final LastBuilt<Key, StartGeometry> LAST = new LastBuilt<>() {
        @Override
        protected boolean same(Key a, Key b) {
            return a.same(b);
        }
    };

    /** Read only: copied, never written. */
    private final double[][][] matrices;
    private final double[] reach;

    private StartGeometry(double[][][] matrices, double[] reach) {
        this.matrices = matrices;
        this.reach = reach;
    }

    /**
     * Fills {@code into} (an assessment's matrices of strength by source and by target, offense and
     * projection, each n x n) and {@code reach} with the geometry of {@code key}, derived into them
     * by {@code derive} when no assessment of that key did before.
     */
    static void fill(Key key, double[][][] into, double[] reach, Runnable derive) {
        StartGeometry g = LAST.get(key, k -> {
            derive.run();
            double[][][] copy = new double[into.length][][];
            for (int m = 0; m < into.length; m++) {
                copy[m] = new double[into[m].length][];
                for (int i = 0; i < into[m].length; i++) {
                    copy[m][i] = into[m][i].clone();
                }
            }
            return new StartGeometry(copy, reach.clone());
        });
        for (int m = 0; m < into.length; m++) { // the deriving assessment copies its own numbers back: the same
            for (int i = 0; i < into[m].length; i++) {
                System.arraycopy(g.matrices[m][i], 0, into[m][i], 0, into[m][i].length);
            }
        }
        System.arraycopy(g.reach, 0, reach, 0, reach.length);
    }
}

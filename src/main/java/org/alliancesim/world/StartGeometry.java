package org.alliancesim.world;

import java.lang.ref.SoftReference;

/**
 * The loss-of-strength gradient, offense and projection of force an {@link Assessment} derives
 * from a world's distances, reaches and offensive capabilities, shared by the assessments of the
 * copies of one world ({@link WorldInputs#geometryOrigin()}): each of a scenario's runs starts
 * from its own copy of the same world, so the first assessment with given parameters derives
 * the matrices and the others copy them into their own arrays (the same numbers: the same
 * operations on the same inputs). Nothing is shared but these read-only copies. The last
 * geometry is kept, softly; the first assessment of its key derives it while the others of that
 * key wait, and assessments of another key (a sweep's other points) neither wait for it nor are
 * waited for.
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

    /** Guards {@link #last} only: nothing is derived while it is held. */
    private static final Object LAST = new Object();
    private static SoftReference<StartGeometry> last = new SoftReference<>(null);

    private final Key key;
    /** Read only once derived: copied, never written (null until the first assessment of the key derived it). */
    private double[][][] matrices;
    private double[] reach;

    private StartGeometry(Key key) {
        this.key = key;
    }

    /**
     * Fills {@code into} (an assessment's matrices of strength by source and by target, offense and
     * projection, each n x n) and {@code reach} with the geometry of {@code key}, derived into them
     * by {@code derive} when no assessment of that key did before.
     */
    static void fill(Key key, double[][][] into, double[] reach, Runnable derive) {
        StartGeometry g;
        synchronized (LAST) {
            g = last.get();
            if (g == null || !g.key.same(key)) {
                g = new StartGeometry(key);
                last = new SoftReference<>(g);
            }
        }
        g.fillFrom(into, reach, derive);
    }

    private synchronized void fillFrom(double[][][] into, double[] reach, Runnable derive) {
        if (matrices != null) {
            for (int m = 0; m < into.length; m++) {
                for (int i = 0; i < into[m].length; i++) {
                    System.arraycopy(matrices[m][i], 0, into[m][i], 0, into[m][i].length);
                }
            }
            System.arraycopy(this.reach, 0, reach, 0, reach.length);
            return;
        }
        derive.run();
        double[][][] copy = new double[into.length][][];
        for (int m = 0; m < into.length; m++) {
            copy[m] = new double[into[m].length][];
            for (int i = 0; i < into[m].length; i++) {
                copy[m][i] = into[m][i].clone();
            }
        }
        this.reach = reach.clone();
        this.matrices = copy;
    }
}

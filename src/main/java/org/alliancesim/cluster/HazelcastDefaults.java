package org.alliancesim.cluster;

import org.alliancesim.BuildId;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Settings every Hazelcast instance of ours shares: phone-home off (Hazelcast would otherwise
 * report usage to hazelcast.com), logging through {@code java.util.logging}, quietened so the
 * worker's and the sweep's own lines are not drowned in Hazelcast's INFO chatter.
 */
final class HazelcastDefaults {
    /** The member executor that runs sweep chunks. */
    static final String EXECUTOR = "alliance-sim-sweep";
    /** Member attribute holding the {@link BuildId} of the member's model. */
    static final String BUILD_ATTRIBUTE = "alliance-sim.build";
    /** Held so the level stays set (java.util.logging keeps loggers weakly). */
    private static final Logger HAZELCAST_LOG = Logger.getLogger("com.hazelcast");

    private HazelcastDefaults() {
    }

    /**
     * @param level the least severe Hazelcast log record shown (a worker shows warnings; the sweep
     *        client, which reports lost members itself, only errors); {@code -Dalliance-sim.hazelcast.log=INFO}
     *        overrides it
     */
    static void apply(Level level) {
        System.setProperty("hazelcast.phone.home.enabled", "false");
        System.setProperty("hazelcast.logging.type", "jdk");
        String asked = System.getProperty("alliance-sim.hazelcast.log");
        HAZELCAST_LOG.setLevel(asked == null ? level : Level.parse(asked));
    }

    /** The cluster name: the release, so members of different releases never join; plus an optional label. */
    static String clusterName(String label) {
        String base = "alliance-sim-" + org.alliancesim.Version.get();
        return label == null || label.isBlank() ? base : base + "-" + label;
    }
}

package org.alliancesim.cluster;

/** A cluster sweep cannot go on (no member reachable or left, or a chunk failed on a member). */
public final class ClusterException extends Exception {
    public ClusterException(String message) {
        super(message);
    }
}

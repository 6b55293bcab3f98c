/**
 * Sweeps on a Hazelcast cluster (docs/cluster.md): {@link org.alliancesim.cluster.Worker} starts a
 * member that runs chunks of a sweep, {@link org.alliancesim.cluster.ClusterSweep} hands a sweep's
 * missing chunks to the members and journals what comes back exactly as a local sweep does. Only
 * this package names Hazelcast; nothing here is loaded by a local sweep.
 */
package org.alliancesim.cluster;

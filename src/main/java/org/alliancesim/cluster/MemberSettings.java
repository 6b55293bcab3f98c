package org.alliancesim.cluster;

import org.alliancesim.BuildId;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * How a worker member joins: the members listed one by one (TCP-IP join; multicast and
 * auto-discovery off), the interface it binds (127.0.0.1 unless given; any other only with
 * {@code allowNonLoopback}, because Hazelcast's open-source edition has neither authentication nor
 * encryption: whoever reaches the port can join, submit code and read the traffic), its port (no
 * auto-increment) and phone-home off.
 *
 * @param members every member's HOST:PORT (see {@link Addresses})
 * @param iface the IP address to bind
 * @param port the port to bind
 * @param allowNonLoopback whether {@code iface} may be a non-loopback address
 * @param clusterName the cluster to join
 * @param threads threads that run simulations on this member
 */
public record MemberSettings(List<String> members, String iface, int port, boolean allowNonLoopback,
                             String clusterName, int threads) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 5701;
    /** Heap a member lets any one map use (MB): the project stores no data in maps. */
    static final int MAP_MEGABYTES = 16;

    public MemberSettings {
        members = Addresses.parseList(members);
        iface = iface == null ? LOOPBACK : normalize(iface.trim());
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("--port " + port + " is not between 1 and 65535");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        if (!isLoopback(iface) && !allowNonLoopback) {
            throw new IllegalArgumentException("--interface " + iface + " is not a loopback address; add "
                    + "--allow-non-loopback to bind it. Hazelcast's open-source edition has no authentication and no "
                    + "encryption: anyone who can reach this port can join the cluster, run code on it and read its "
                    + "traffic. Do this only on a trusted network (docs/cluster.md).");
        }
    }

    /** Defaults: loopback, port 5701, all cores, the release's cluster name. */
    public static MemberSettings of(List<String> members, String iface, Integer port, boolean allowNonLoopback,
                                    String label, Integer threads) {
        return new MemberSettings(members, iface, port == null ? DEFAULT_PORT : port, allowNonLoopback,
                HazelcastDefaults.clusterName(label), threads == null ? Runtime.getRuntime().availableProcessors() : threads);
    }

    /**
     * The interface as Hazelcast must be given it: an IPv4 address in dotted form ({@code 127.1}
     * becomes 127.0.0.1). IPv6 (e.g. {@code ::1}) is refused here with a clear message rather than
     * by Hazelcast with a stack trace.
     */
    static String normalize(String ip) {
        if (!ip.matches("[0-9.]+|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")) {
            throw new IllegalArgumentException("--interface must be an IP address (e.g. 10.0.0.5), got '" + ip + "'");
        }
        InetAddress a;
        try {
            a = InetAddress.getByName(ip);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--interface '" + ip + "' is not an IP address");
        }
        if (a instanceof java.net.Inet6Address) {
            throw new IllegalArgumentException("--interface " + ip + " is an IPv6 address; the worker binds IPv4 only"
                    + " (use 127.0.0.1, or this machine's IPv4 address)");
        }
        return a.getHostAddress();
    }

    /**
     * Refuses an interface no network interface of this machine has (e.g. 127.0.0.2, which Linux
     * answers but Hazelcast cannot bind), before Hazelcast would fail with a stack trace.
     */
    public void checkBindable() {
        try {
            if (java.net.NetworkInterface.getByInetAddress(InetAddress.getByName(iface)) == null) {
                throw new IllegalArgumentException("--interface " + iface + ": no network interface of this machine has"
                        + " that address (use 127.0.0.1, or one of this machine's addresses)");
            }
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("--interface " + iface + ": cannot list this machine's interfaces ("
                    + e.getMessage() + ")");
        }
    }

    static boolean isLoopback(String ip) {
        if (!ip.matches("[0-9.]+|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")) {
            throw new IllegalArgumentException("--interface must be an IP address (e.g. 10.0.0.5), got '" + ip + "'");
        }
        try {
            return InetAddress.getByName(ip).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--interface '" + ip + "' is not an IP address");
        }
    }

    /** The Hazelcast member configuration (nothing is started). */
    public Config toConfig() {
        Config c = new Config();
        c.setClusterName(clusterName);
        c.setProperty("hazelcast.phone.home.enabled", "false");
        c.setProperty("hazelcast.logging.type", "jdk");
        c.setProperty("hazelcast.socket.bind.any", "false");
        c.setProperty("hazelcast.wait.seconds.before.join", "1");
        c.setProperty("hazelcast.max.no.heartbeat.seconds", "20");
        c.setProperty("hazelcast.shutdownhook.policy", "TERMINATE");
        c.getJetConfig().setEnabled(false);
        NetworkConfig n = c.getNetworkConfig();
        n.setPort(port).setPortAutoIncrement(false);
        n.getInterfaces().setEnabled(true).setInterfaces(List.of(iface));
        n.getRestApiConfig().setEnabled(false);
        JoinConfig j = n.getJoin();
        j.getMulticastConfig().setEnabled(false);
        j.getAutoDetectionConfig().setEnabled(false);
        j.getTcpIpConfig().setEnabled(true).setMembers(members);
        c.getMemberAttributeConfig().setAttribute(HazelcastDefaults.BUILD_ATTRIBUTE, BuildId.get());
        c.getExecutorConfig(HazelcastDefaults.EXECUTOR).setPoolSize(2).setStatisticsEnabled(false);
        c.getSerializationConfig().setJavaSerializationFilterConfig(TaskFilter.hazelcastConfig());
        // the worker keeps no data: any map a stranger fills is capped per member and evicted
        c.getMapConfig("default").getEvictionConfig().setMaxSizePolicy(com.hazelcast.config.MaxSizePolicy.USED_HEAP_SIZE)
                .setSize(MAP_MEGABYTES).setEvictionPolicy(com.hazelcast.config.EvictionPolicy.LRU);
        c.getQueueConfig("default").setMaxSize(1000);
        return c;
    }
}

package org.alliancesim.cluster;

import com.hazelcast.cluster.Address;
import com.hazelcast.instance.impl.DefaultNodeContext;
import com.hazelcast.instance.impl.DefaultNodeExtension;
import com.hazelcast.instance.impl.Node;
import com.hazelcast.instance.impl.NodeExtension;
import com.hazelcast.internal.cluster.Joiner;
import com.hazelcast.internal.cluster.impl.JoinMessage;
import com.hazelcast.internal.cluster.impl.JoinRequest;
import com.hazelcast.internal.cluster.impl.TcpIpJoiner;
import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps members a worker was not given with {@code --member} out of its cluster, without the
 * worker leaving it. Hazelcast's open-source edition has no member authentication, but its master
 * asks the node extension to validate every join request before it admits the joiner; this one
 * refuses a joiner whose address is not listed (and, with {@code --secret-file}, one whose
 * {@value #PROOF_ATTRIBUTE} attribute is not the secret's proof), and Hazelcast then tells the
 * joiner to give up ("before join check failed") while the cluster carries on. The TCP-IP joiner
 * likewise never probes, nor merges into, a cluster at an unlisted address (split-brain merging).
 * These are Hazelcast internals ({@code com.hazelcast.instance.impl}), pinned by the version in
 * pom.xml and exercised by {@code ClusterHostileTest}.
 */
final class ListedMembers extends DefaultNodeContext {
    /** The member attribute that proves a joiner holds the workers' secret. */
    static final String PROOF_ATTRIBUTE = "alliance-sim.member-proof";
    private final Set<String> listed;
    private final byte[] secret;
    private final String clusterName;
    private final Consumer<String> log;

    /**
     * @param listed the listed members as IP:PORT
     * @param secret the workers' shared secret, or null
     * @param log where a refusal is reported (the worker's output)
     */
    ListedMembers(Set<String> listed, byte[] secret, String clusterName, Consumer<String> log) {
        this.listed = Set.copyOf(listed);
        this.secret = secret == null ? null : secret.clone();
        this.clusterName = clusterName;
        this.log = log;
    }

    /** The proof a member with {@code secret} publishes, or null without a secret. */
    static String proof(byte[] secret, String clusterName) {
        return secret == null ? null : SweepToken.of(secret, "member", clusterName);
    }

    /** IP:PORT of an address (its host name resolved). */
    static String text(Address a) {
        try {
            return a.getInetAddress().getHostAddress() + ":" + a.getPort();
        } catch (java.net.UnknownHostException e) {
            return a.getHost() + ":" + a.getPort();
        }
    }

    /** Why {@code m} may not join, or null if it may. */
    String refusal(JoinMessage m) {
        String at = text(m.getAddress());
        if (!listed.contains(at)) {
            return "member " + at + " asked to join but is not listed with --member; refused (this worker stays)";
        }
        if (secret != null) {
            String p = m instanceof JoinRequest r && r.getAttributes() != null ? r.getAttributes().get(PROOF_ATTRIBUTE) : null;
            if (p == null || !SweepToken.valid(secret, "member", clusterName, p)) {
                return "member " + at + " asked to join without this worker's --secret-file; refused (this worker stays)";
            }
        }
        return null;
    }

    @Override
    public NodeExtension createNodeExtension(Node node) {
        return new DefaultNodeExtension(node) {
            @Override
            public void validateJoinRequest(JoinMessage m) {
                super.validateJoinRequest(m);
                String why = refusal(m);
                if (why != null) {
                    log.accept("warning: " + why);
                    throw new IllegalStateException("alliance-sim: " + why);
                }
            }
        };
    }

    @Override
    public Joiner createJoiner(Node node) {
        Joiner j = super.createJoiner(node);
        if (!(j instanceof TcpIpJoiner)) {
            return j;
        }
        return new TcpIpJoiner(node) {
            @Override
            protected Collection<Address> getPossibleAddresses() {
                return onlyListed(super.getPossibleAddresses());
            }

            @Override
            public Collection<Address> getFilteredPossibleAddresses() {
                return onlyListed(super.getFilteredPossibleAddresses());
            }

            @Override
            protected void addTemporaryMemberAddress(Address a) {
                if (listed.contains(text(a))) {
                    super.addTemporaryMemberAddress(a);
                }
            }
        };
    }

    private Collection<Address> onlyListed(Collection<Address> all) {
        return all.stream().filter(a -> listed.contains(text(a))).collect(java.util.stream.Collectors.toList());
    }
}

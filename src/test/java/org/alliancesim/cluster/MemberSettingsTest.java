package org.alliancesim.cluster;

import org.alliancesim.BuildId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The worker's and the sweep client's Hazelcast configuration; nothing is started. */
class MemberSettingsTest {
    private static final List<String> TWO = List.of("127.0.0.1:15701", "127.0.0.1:15702");

    @Test
    void defaultsBindLoopbackWithExplicitMembersOnly() {
        MemberSettings s = MemberSettings.of(TWO, null, null, false, null, 1);
        Config c = s.toConfig();
        assertThat(c.getNetworkConfig().getInterfaces().isEnabled()).isTrue();
        assertThat(c.getNetworkConfig().getInterfaces().getInterfaces()).containsExactly("127.0.0.1");
        assertThat(c.getProperty("hazelcast.socket.bind.any")).isEqualTo("false");
        assertThat(c.getNetworkConfig().getPort()).isEqualTo(5701);
        assertThat(c.getNetworkConfig().isPortAutoIncrement()).isFalse();
        JoinConfig j = c.getNetworkConfig().getJoin();
        assertThat(j.getMulticastConfig().isEnabled()).isFalse();
        assertThat(j.getAutoDetectionConfig().isEnabled()).isFalse();
        assertThat(j.getTcpIpConfig().isEnabled()).isTrue();
        assertThat(j.getTcpIpConfig().getMembers()).containsExactlyElementsOf(TWO);
        assertThat(c.getProperty("hazelcast.phone.home.enabled")).isEqualTo("false");
        assertThat(c.getClusterName()).isEqualTo("alliance-sim-" + org.alliancesim.Version.get());
        assertThat(c.getMemberAttributeConfig().getAttribute(HazelcastDefaults.BUILD_ATTRIBUTE)).isEqualTo(BuildId.get());
    }

    @Test
    void aLabelSeparatesClustersOfTheSameRelease() {
        Config c = MemberSettings.of(TWO, null, 16000, false, "lab", 1).toConfig();
        assertThat(c.getClusterName()).isEqualTo("alliance-sim-" + org.alliancesim.Version.get() + "-lab");
        assertThat(c.getNetworkConfig().getPort()).isEqualTo(16000);
    }

    @Test
    void aNonLoopbackInterfaceNeedsTheExplicitFlag() {
        assertThatThrownBy(() -> MemberSettings.of(TWO, "10.1.2.3", null, false, null, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--allow-non-loopback").hasMessageContaining("no authentication");
        Config c = MemberSettings.of(TWO, "10.1.2.3", null, true, null, 1).toConfig();
        assertThat(c.getNetworkConfig().getInterfaces().getInterfaces()).containsExactly("10.1.2.3");
        assertThat(c.getNetworkConfig().getJoin().getMulticastConfig().isEnabled()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:5701-5703", "127.0.0.1", "host:99999", ":5701", "a b:1"})
    void malformedMembersAndPortRangesAreRefused(String member) {
        assertThatThrownBy(() -> MemberSettings.of(List.of(member), null, null, false, null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(member);
    }

    @Test
    void aRangeIsNamedAsSuch() {
        assertThatThrownBy(() -> Addresses.parse("10.0.0.1:5701-5703")).hasMessageContaining("port range");
        assertThat(Addresses.parseList(List.of("a.example:1,10.0.0.2:5701")))
                .containsExactly("a.example:1", "10.0.0.2:5701");
    }

    /** Issue 18: these passed the loopback check and then failed inside Hazelcast with a stack trace. */
    @Test
    void ipv6AndUnboundLoopbackAddressesAreRefusedCleanlyAndShortFormsNormalized() {
        assertThatThrownBy(() -> MemberSettings.of(TWO, "::1", null, false, null, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IPv6").hasMessageContaining("127.0.0.1");
        assertThatThrownBy(() -> MemberSettings.of(TWO, "127.0.0.2", null, false, null, 1).checkBindable())
                .hasMessageContaining("127.0.0.2: no network interface of this machine has that address");
        MemberSettings.of(TWO, null, null, false, null, 1).checkBindable(); // 127.0.0.1 is bindable
        assertThat(MemberSettings.of(TWO, "127.1", null, false, null, 1).iface()).isEqualTo("127.0.0.1");
        assertThatThrownBy(() -> Addresses.parse("[::1]:5702")).hasMessageContaining("IPv6 addresses are not supported");
    }

    @Test
    void membersFilterDeserializationAndCapMaps() {
        var c = MemberSettings.of(TWO, null, 15701, false, null, 1).toConfig();
        var filter = c.getSerializationConfig().getJavaSerializationFilterConfig();
        assertThat(filter).isNotNull();
        assertThat(filter.getWhitelist().getClasses()).contains(ChunkTask.class.getName(), SweepPayload.class.getName());
        assertThat(c.getMapConfig("default").getEvictionConfig().getSize()).isEqualTo(MemberSettings.MAP_MEGABYTES);
    }

    @Test
    void theInterfaceMustBeAnIpAddress() {
        assertThatThrownBy(() -> MemberSettings.of(TWO, "example.org", null, true, null, 1))
                .hasMessageContaining("IP address");
    }

    @Test
    void theClientConnectsOnlyToTheListedAddresses() {
        ClientConfig c = ClusterSweep.clientConfig(TWO, "alliance-sim-x");
        assertThat(c.getClusterName()).isEqualTo("alliance-sim-x");
        assertThat(c.getNetworkConfig().getAddresses()).containsExactlyElementsOf(TWO);
        assertThat(c.getNetworkConfig().getAutoDetectionConfig().isEnabled()).isFalse();
    }
}

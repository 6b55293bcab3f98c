package org.alliancesim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.alliancesim.cluster.MemberSettings;
import org.alliancesim.cluster.Worker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code worker}: a Hazelcast cluster member that runs the chunks of cluster sweeps
 * ({@code sweep --cluster}). It has no Hazelcast types in its fields or signatures, so listing the
 * subcommands loads no Hazelcast class.
 */
@Command(name = "worker", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Start a cluster member that runs the chunks of 'sweep --cluster' and the candidates of 'calibrate --cluster'",
                "until stopped (Ctrl-C). It binds 127.0.0.1 unless --interface is given.",
                "Hazelcast's open-source edition has no authentication or encryption:",
                "use it only on a trusted network. See docs/cluster.md."})
final class WorkerCommand implements Callable<Integer> {
    @Option(names = "--member", paramLabel = "HOST:PORT", required = true,
            description = "A member of the cluster (this one included), one per option; repeat for each member. Port ranges are not accepted.")
    List<String> members;

    @Option(names = "--interface", paramLabel = "IP", description = "The IP address to bind (default 127.0.0.1).")
    String iface;

    @Option(names = "--port", paramLabel = "P", description = "The port to bind (default 5701).")
    Integer port;

    @Option(names = "--allow-non-loopback",
            description = "Allow --interface to be a non-loopback address (no authentication, no encryption: trusted networks only).")
    boolean allowNonLoopback;

    @Option(names = "--cluster-name", paramLabel = "LABEL",
            description = "Keep this cluster apart from others of the same release on the same network (give the sweep the same label).")
    String label;

    @Option(names = "--threads", paramLabel = "K", description = "Threads that run simulations (default: all cores).")
    Integer threads;

    @Option(names = "--secret-file", paramLabel = "FILE",
            description = "A file holding a secret shared with the sweeps (at least 16 bytes): tasks without the token it makes are refused.")
    java.nio.file.Path secretFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        MemberSettings settings;
        try {
            settings = MemberSettings.of(members, iface, port, allowNonLoopback, label, threads);
            settings.checkBindable();
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        byte[] secret = null;
        if (secretFile != null) {
            try {
                secret = org.alliancesim.cluster.SweepToken.readSecret(secretFile);
            } catch (java.io.IOException e) {
                throw new InputException("--secret-file " + e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Worker.run(settings, secret, out);
        return 0;
    }
}

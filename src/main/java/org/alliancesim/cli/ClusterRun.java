package org.alliancesim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.alliancesim.cluster.Addresses;
import org.alliancesim.cluster.ClusterSweep;
import org.alliancesim.cluster.SweepPayload;
import org.alliancesim.experiment.sweep.SweepJournal;
import org.alliancesim.experiment.sweep.SweepRunner;
import org.alliancesim.experiment.sweep.SweepSpec;

/**
 * The {@code sweep --cluster} path, kept out of {@link SweepCommand} so a local sweep never loads
 * the cluster classes (nor Hazelcast).
 */
final class ClusterRun {
    private ClusterRun() {
    }

    /** The members named by {@code --cluster}, checked before anything is written. */
    static List<String> addresses(String cluster) throws InputException {
        try {
            return Addresses.parseList(List.of(cluster));
        } catch (IllegalArgumentException e) {
            throw new InputException("--cluster: " + e.getMessage());
        }
    }

    /** The shared secret of {@code --secret-file} (null without one), read before any folder is made. */
    static byte[] secret(Path secretFile) throws InputException {
        if (secretFile == null) {
            return null;
        }
        try {
            return org.alliancesim.cluster.SweepToken.readSecret(secretFile);
        } catch (java.io.IOException e) {
            throw new InputException("--secret-file " + e.getMessage());
        }
    }

    static void run(List<String> addresses, String label, Path file, byte[] secret, SweepSpec sweep, SweepRunner runner,
                    SweepJournal journal, Progress bar, PrintWriter err) throws Exception {
        SweepPayload payload = SweepPayload.of(file, sweep, secret);
        ClusterSweep.run(addresses, label, runner, journal, payload, bar::stepTo,
                n -> bar.note(" " + org.alliancesim.output.Plural.of(n, "member")),
                line -> {
                    synchronized (err) {
                        err.println("cluster: " + line);
                        err.flush();
                    }
                });
    }
}

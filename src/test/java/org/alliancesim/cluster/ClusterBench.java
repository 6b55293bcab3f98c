package org.alliancesim.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.alliancesim.experiment.sweep.SweepJournal;
import org.alliancesim.experiment.sweep.SweepLoader;
import org.alliancesim.experiment.sweep.SweepRunner;
import org.alliancesim.experiment.sweep.SweepSpec;

/**
 * The overhead measurement of docs/cluster.md (not a test): warm against warm, one JVM alternating
 * the same sweep on the local pool (2 threads) and on a running cluster. Usage, with workers running:
 * {@code java -cp target/alliance-sim.jar:target/test-classes org.alliancesim.cluster.ClusterBench FILE ROUNDS HOST:PORT,...}
 */
public final class ClusterBench {
    private ClusterBench() {
    }

    public static void main(String[] a) throws Exception {
        Path file = Path.of(a[0]);
        int rounds = Integer.parseInt(a[1]);
        List<String> members = List.of(a[2].split(","));
        SweepSpec spec = SweepLoader.load(file);
        SweepPayload payload = SweepPayload.of(file, spec);
        Path tmp = Files.createTempDirectory("bench");
        for (int r = 0; r < rounds; r++) {
            for (String mode : new String[] {"local", "cluster"}) {
                SweepRunner runner = new SweepRunner(spec);
                SweepJournal j = SweepJournal.create(tmp.resolve(mode + r), spec.fingerprint());
                long t0 = System.nanoTime();
                if (mode.equals("local")) {
                    runner.run(j, 2, x -> { });
                } else {
                    ClusterSweep.run(members, null, runner, j, payload, x -> { }, n -> { }, s -> System.err.println(s));
                }
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "%s round %d %s %.3f s, %.3f ms/run%n", file.getFileName(), r, mode, s, 1000 * s / runner.runs());
            }
        }
        System.exit(0);
    }
}

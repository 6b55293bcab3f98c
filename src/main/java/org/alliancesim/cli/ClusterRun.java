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
 * The {@code sweep --cluster} and {@code calibrate --cluster} paths, kept out of {@link SweepCommand}
 * and {@link CalibrateCommand} so a local sweep or calibration never loads the cluster classes (nor
 * Hazelcast).
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

    /**
     * {@code calibrate --cluster}: evaluators that send each generation's candidates to the
     * workers, with the payload naming {@code data} and {@code alliances} (read by the workers
     * from the same paths) and the {@code --params} file's text.
     */
    static org.alliancesim.backtest.CandidateEvaluator.Factory calibration(List<String> addresses, String label,
            byte[] secret, org.alliancesim.backtest.Calibration.Spec spec, Path data, Path alliances, Path params,
            Progress bar, PrintWriter err) throws InputException {
        String paramsText = null;
        if (params != null) {
            try {
                paramsText = org.alliancesim.scenario.YamlSource.readText(params, params.toString());
            } catch (org.alliancesim.scenario.ScenarioException e) {
                throw new InputException(e.getMessage());
            }
        }
        String text = paramsText;
        return org.alliancesim.cluster.ClusterCalibration.factory(addresses, label,
                digest -> org.alliancesim.cluster.CalibrationPayload.of(spec, data, alliances, text,
                        params == null ? null : params.toString(), digest, secret),
                line -> {
                    synchronized (err) {
                        err.println("cluster: " + line);
                        err.flush();
                    }
                },
                n -> bar.note(" " + org.alliancesim.output.Plural.of(n, "member")));
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

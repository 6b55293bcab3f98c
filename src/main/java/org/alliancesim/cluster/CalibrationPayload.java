package org.alliancesim.cluster;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.alliancesim.BuildId;
import org.alliancesim.backtest.Calibration;

/**
 * What a worker needs to evaluate any candidate of one calibration: the theory, the parameters
 * fitted, the training span and the settings of its chains, where the data are ({@code --data} and
 * {@code --alliances}, read by the worker from the same paths), the {@code --params} file's text,
 * and the digest of the training years as the client built them. It names no held-out year: the
 * last year a worker may read is {@link #trainTo}.
 *
 * @param build the client's build
 * @param theory the theory fitted
 * @param paths the parameters fitted, in the order of every candidate's values
 * @param from first training year
 * @param trainTo last training year
 * @param stepsPerYear settle steps per year
 * @param seed the chains' seed
 * @param replications seeded chains per candidate
 * @param dataDir the data folder, absolute (it must exist on every worker)
 * @param alliances the ATOP file, absolute (it must exist on every worker)
 * @param paramsText the {@code --params} file's text (null: none)
 * @param paramsName the {@code --params} file as the user named it (messages only)
 * @param trainingDigest {@link org.alliancesim.backtest.TrainingDigest} of the client's training years
 * @param token the calibration's {@link SweepToken} (null when the client has no secret)
 */
public record CalibrationPayload(String build, String theory, String[] paths, int from, int trainTo, int stepsPerYear,
                                 long seed, int replications, String dataDir, String alliances, String paramsText,
                                 String paramsName, String trainingDigest, String token) implements Serializable {

    /** The payload of {@code spec}'s calibration, with the token {@code secret} makes (none when null). */
    public static CalibrationPayload of(Calibration.Spec spec, Path dataDir, Path alliances, String paramsText,
                                        String paramsName, String trainingDigest, byte[] secret) {
        String[] paths = spec.parameters().stream().map(p -> p.path()).toArray(String[]::new);
        CalibrationPayload p = new CalibrationPayload(BuildId.get(), spec.theory(), paths, spec.from(), spec.trainTo(),
                spec.stepsPerYear(), spec.seed(), spec.replications(), dataDir.toAbsolutePath().normalize().toString(),
                alliances.toAbsolutePath().normalize().toString(), paramsText, paramsName, trainingDigest, null);
        return p.withToken(SweepToken.of(secret, p.build(), p.fingerprint()));
    }

    CalibrationPayload withToken(String t) {
        return new CalibrationPayload(build, theory, paths, from, trainTo, stepsPerYear, seed, replications, dataDir,
                alliances, paramsText, paramsName, trainingDigest, t);
    }

    /**
     * A SHA-256 of every field but the build and the token: what the token is made for, so a token
     * is good for this calibration's candidates only. A worker computes it from the fields it
     * received, never takes it on trust.
     */
    public String fingerprint() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Object f : new Object[] {"calibration", theory, String.join("\n", paths == null ? new String[0] : paths),
                from, trainTo, stepsPerYear, seed, replications, dataDir, alliances, paramsText, paramsName,
                trainingDigest}) {
                md.update(f == null ? new byte[] {1} : f.toString().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

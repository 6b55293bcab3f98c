package org.alliancesim.cluster;

import org.alliancesim.BuildId;
import java.io.Serializable;
import java.nio.file.Path;
import org.alliancesim.experiment.sweep.SweepSpec;
import org.alliancesim.scenario.ScenarioException;
import org.alliancesim.scenario.YamlSource;

/**
 * What a worker needs to run any chunk of a sweep, so workers share no files with the client:
 * the sweep file's and its base scenario's texts, the sweep's fingerprint and the client's
 * {@link BuildId}.
 *
 * @param build the client's build
 * @param fingerprint the sweep's fingerprint (program version, sweep text and scenario text)
 * @param sweepFile the sweep file as the user named it (messages only)
 * @param sweepText the sweep file's text
 * @param scenarioText the base scenario's text
 * @param token the sweep's {@link SweepToken} (null when the client has no secret)
 */
public record SweepPayload(String build, String fingerprint, String sweepFile, String sweepText, String scenarioText,
                           String token) implements Serializable {

    /** Reads the texts the loaded {@code spec} came from. */
    public static SweepPayload of(Path file, SweepSpec spec) throws ScenarioException {
        return of(file, spec, null);
    }

    /** As {@link #of(Path, SweepSpec)}, with the token {@code secret} makes (none when null). */
    public static SweepPayload of(Path file, SweepSpec spec, byte[] secret) throws ScenarioException {
        String sweep = YamlSource.readText(file, file.toString());
        String scenario = YamlSource.readText(Path.of(spec.base().display()), spec.base().display());
        return new SweepPayload(BuildId.get(), spec.fingerprint(), file.toString(), sweep, scenario,
                SweepToken.of(secret, BuildId.get(), spec.fingerprint()));
    }
}

package org.alliancesim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifests of the commands that run the model record the perception noise's generator and
 * noise stream, and {@code scenarios/params/mersenne-twister.yaml} switches a run to the generator of
 * earlier versions (which draws differently from the default with the same seed).
 */
class NoiseManifestTest {

    @Test
    void runRecordsTheDefaultGeneratorAndTheParamsFileSwitchesIt(@TempDir Path tmp) throws Exception {
        Path def = tmp.resolve("default");
        Path old = tmp.resolve("mersenne");
        String[] common = {"run", "--theory", "balance-of-threat", "--reps", "2", "--steps", "12", "--quiet"};
        assertThat(CliRun.of(concat(common, "--out", def.toString())).exit()).isZero();
        assertThat(CliRun.of(concat(common, "--out", old.toString(), "--params",
                "scenarios/params/mersenne-twister.yaml")).exit()).isZero();

        assertThat(Files.readString(def.resolve("manifest.json")).replaceAll("\\s+", ""))
                .contains("\"perceptionNoise\":{\"gaussian\":\"modifiedziggurat(JDK", "\"generator\":\"xoroshiro128plusplus\",\"stream\":2}");
        assertThat(Files.readString(old.resolve("manifest.json")).replaceAll("\\s+", ""))
                .contains("\"generator\":\"mersenne-twister\",\"stream\":1}");
        assertThat(Files.readString(def.resolve("series.csv"))).as("other draws, other perceptions")
                .isNotEqualTo(Files.readString(old.resolve("series.csv")));
    }

    @Test
    void compareRecordsEachScenariosGenerator(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("compare");
        CliRun r = CliRun.of("compare", "scenarios/termination/w2-us-threat-recedes.yaml", "--theory", "balance-of-threat",
                "--reps", "1", "--quiet", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("manifest.json")).replaceAll("\\s+", ""))
                .contains("\"generator\":\"xoroshiro128plusplus\",\"stream\":2}");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

package org.alliancesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file's bytes decode to what the strict decoder gives, or fail with its problem (file, line,
 * offset), on seeded byte strings: ASCII, multi-byte UTF-8, a byte-order mark, U+FFFD written
 * in the file, NULs, and malformed sequences (stray continuation bytes, truncated ones, overlong
 * forms, encoded surrogates).
 */
class DecodeTest {
    private static final String[] PIECES = {"a", "name: x\n", "é", "€", "𝄞", "\uFEFF", "\uFFFD", "  - {id: A}\n"};
    private static final byte[][] BAD = {{0}, {(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82}};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void decodingGivesTheStrictDecodersTextOrProblem(long seed) throws Exception {
        Random r = new Random(seed);
        for (int round = 0; round < 40; round++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int parts = 1 + r.nextInt(30);
            for (int k = 0; k < parts; k++) {
                if (r.nextInt(25) == 0) {
                    out.writeBytes(BAD[r.nextInt(BAD.length)]);
                } else {
                    out.writeBytes(PIECES[r.nextInt(seed % 2 == 0 ? 2 : PIECES.length)].getBytes(StandardCharsets.UTF_8));
                }
            }
            byte[] bytes = out.toByteArray();
            ScenarioException strictError = catchThrowableOfType(() -> YamlSource.strict(bytes, "f.yaml"), ScenarioException.class);
            ScenarioException error = catchThrowableOfType(() -> YamlSource.decode(bytes, "f.yaml"), ScenarioException.class);
            if (strictError != null) {
                assertThat(error).isNotNull();
                assertThat(error.problems()).isEqualTo(strictError.problems());
            } else {
                assertThat(error).isNull();
                assertThat(YamlSource.decode(bytes, "f.yaml")).isEqualTo(YamlSource.strict(bytes, "f.yaml"));
            }
        }
    }
}

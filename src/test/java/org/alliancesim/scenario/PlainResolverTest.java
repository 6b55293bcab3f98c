package org.alliancesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

/** The loader's shortcut for plain decimals gives every scalar the tag SnakeYAML's resolver gives. */
class PlainResolverTest {
    private static final String ALPHABET = "0123456789-+.eE_x:aoyn ";
    private static final String[] SEEN = {"0", "-0", "00", "012", "089", "12", "-7", "1.5", "-0.469", "1.0E-4", "1E5",
        "1e+5", "1.", ".5", "-.5", "1_000", "0x1F", "0b101", "1:30", "2010-01-01", "1e", "1.5e", "-", "+1", "yes",
        "no", "on", "null", "~", "", "USA", ".inf", "-.inf", ".nan", "3.0e-10", "1.e5"};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void tagsAgreeWithSnakeYaml(long seed) {
        Resolver snake = new Resolver();
        PlainResolver plain = new PlainResolver();
        Random r = new Random(seed);
        for (String s : SEEN) {
            assertThat(plain.resolve(NodeId.scalar, s, true)).as("'%s'", s).isEqualTo(snake.resolve(NodeId.scalar, s, true));
        }
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + r.nextInt(8);
            for (int i = 0; i < len; i++) {
                b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            String s = b.toString();
            assertThat(plain.resolve(NodeId.scalar, s, true)).as("'%s'", s).isEqualTo(snake.resolve(NodeId.scalar, s, true));
            assertThat(plain.resolve(NodeId.scalar, s, false)).as("'%s' quoted", s)
                    .isEqualTo(snake.resolve(NodeId.scalar, s, false));
        }
    }
}

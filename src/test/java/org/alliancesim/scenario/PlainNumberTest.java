package org.alliancesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The quick reader's scalars carry the number their text reads as, read once per spelling
 * ({@link PlainYaml.Scalar#number()}): on seeded texts of numbers in many spellings, each given
 * several times (plain and quoted, integers, decimals, exponents, signs, out of range, not numbers
 * at all), what the loader checks of each scalar ({@link YamlMap#valid}) is what it checks of a
 * plain SnakeYAML scalar of the same tag and text, bit for bit.
 */
class PlainNumberTest {
    private static final String[] SHAPES = {"%d", "-%d", "%d.%d", "-%d.%d", "%d.%dE-%d", "%d.%dE%d", "%dE400", "0.%d",
        "\"%d\"", "'%d.%d'", "0%d", "%d_%d", "x%d"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void aScalarsNumberIsWhatItsTextReadsAs(long seed) {
        Random r = new Random(seed);
        List<String> spellings = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            spellings.add(String.format(java.util.Locale.ROOT, SHAPES[r.nextInt(SHAPES.length)], r.nextInt(1000),
                    r.nextInt(1000), r.nextInt(20)));
        }
        StringBuilder text = new StringBuilder("values: {");
        for (int k = 0; k < 300; k++) {
            text.append(k == 0 ? "" : ", ").append("k").append(k).append(": ").append(spellings.get(r.nextInt(spellings.size())));
        }
        text.append("}\n");
        Node root = PlainYaml.read(text.toString(), new PlainResolver());
        assertThat(root).as("read by the quick reader").isNotNull();
        MappingNode values = (MappingNode) ((MappingNode) root).getValue().get(0).getValueNode();
        int numbers = 0;
        for (NodeTuple t : values.getValue()) {
            ScalarNode v = (ScalarNode) t.getValueNode();
            assertThat(v).isInstanceOf(PlainYaml.Scalar.class);
            ScalarNode plain = new ScalarNode(v.getTag(), v.getValue(), null, null, DumperOptions.ScalarStyle.PLAIN);
            for (double[] range : new double[][] {{0, 1}, {-Double.MAX_VALUE, Double.MAX_VALUE}, {-5, 500}}) {
                assertThat(Double.doubleToRawLongBits(YamlMap.valid(v, range[0], range[1])))
                        .as("%s in [%s, %s]", v.getValue(), range[0], range[1])
                        .isEqualTo(Double.doubleToRawLongBits(YamlMap.valid(plain, range[0], range[1])));
            }
            assertThat(Double.doubleToRawLongBits(((PlainYaml.Scalar) v).number()))
                    .isEqualTo(Double.doubleToRawLongBits(YamlMap.parse(v.getValue())));
            numbers += Double.isNaN(YamlMap.parse(v.getValue())) ? 0 : 1;
        }
        assertThat(numbers).isPositive();
    }
}

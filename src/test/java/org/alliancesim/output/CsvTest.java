package org.alliancesim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every field the project quotes reads back whole with Commons CSV; ordinary fields are left as they are. */
class CsvTest {
    private static final char[] ALPHABET = {'a', 'Z', '0', ',', '"', '\n', '\r', ' ', '\t', 'é', '-', '.'};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void quotedFieldsReadBackWhole(long seed) throws Exception {
        SplittableRandom r = new SplittableRandom(seed);
        for (int k = 0; k < 200; k++) {
            String[] fields = new String[2 + r.nextInt(4)]; // a line of one empty field is an empty line in CSV
            StringBuilder line = new StringBuilder();
            for (int f = 0; f < fields.length; f++) {
                StringBuilder v = new StringBuilder();
                for (int c = r.nextInt(6); c > 0; c--) {
                    v.append(ALPHABET[r.nextInt(ALPHABET.length)]);
                }
                fields[f] = v.toString();
                line.append(f == 0 ? "" : ",").append(Csv.field(fields[f]));
            }
            List<CSVRecord> back = CSVFormat.DEFAULT.parse(new StringReader(line + "\n")).getRecords();
            assertThat(back).hasSize(1);
            assertThat(back.get(0).toList()).containsExactly(fields);
        }
        assertThat(Csv.field("IRN")).isEqualTo("IRN");
        assertThat(Csv.field("balance-of-threat")).isEqualTo("balance-of-threat");
    }
}

package org.alliancesim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.world.Revisionism;
import org.junit.jupiter.api.Test;

/** The manifests' JSON: escaping, key order, numbers and nesting. */
class JsonTest {
    record Point(String name, double x, List<Integer> counts) {
    }

    @Test
    void stringsAreEscapedAsJsonRequires() {
        assertThat(Json.write("q\"b\\n\nr\rt\t\u0001\u001f end"))
                .isEqualTo("\"q\\\"b\\\\n\\nr\\rt\\t\\u0001\\u001f end\"\n");
    }

    @Test
    void textBeyondAsciiIsWrittenAsIs() {
        assertThat(Json.write("Tehrān–Moskva")).isEqualTo("\"Tehrān–Moskva\"\n");
    }

    @Test
    void mapKeysAreSortedAndRecordsKeepTheirComponentOrder() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zeta", 1);
        m.put("alpha", new Point("p", 0.1 + 0.2, List.of(1, 2)));
        assertThat(Json.write(m)).isEqualTo("""
                {
                  "alpha": {
                    "name": "p",
                    "x": 0.3,
                    "counts": [
                      1,
                      2
                    ]
                  },
                  "zeta": 1
                }
                """);
    }

    @Test
    void numbersAreWrittenAsTheCsvFilesWriteThem() {
        assertThat(Json.write(List.of(1.0 / 3, 7L, 2, 1e13))).isEqualTo("""
                [
                  0.333333,
                  7,
                  2,
                  10000000000000
                ]
                """);
    }

    @Test
    void aNumberJsonCannotHoldIsNull() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nan", Double.NaN);
        m.put("inf", Double.NEGATIVE_INFINITY);
        m.put("none", null);
        assertThat(Json.write(m)).isEqualTo("{\n  \"inf\": null,\n  \"nan\": null,\n  \"none\": null\n}\n");
    }

    @Test
    void emptyContainersEnumsArraysAndOtherObjects() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("list", List.of());
        m.put("map", Map.of());
        m.put("enum", Revisionism.STATUS_QUO);
        m.put("longs", new long[] {3, 4});
        m.put("flag", true);
        m.put("path", Path.of("results", "run-001"));
        assertThat(Json.write(m)).isEqualTo("""
                {
                  "enum": "status-quo",
                  "flag": true,
                  "list": [],
                  "longs": [3, 4],
                  "map": {},
                  "path": "results/run-001"
                }
                """);
    }
}

package org.alliancesim.scenario;

/**
 * A small valid scenario, one field per line, that the bad-input tests break one mistake at a
 * time. Line numbers matter: the tests assert the line each problem is reported on.
 */
public final class MiniScenario {
    public static final String FILE = "mini.yaml";

    public static final String TEXT = """
            name: mini
            time: {start: 2000, unit: year, steps: 20}
            focal: [AAA]
            states:
              - id: AAA
                capital: {lat: 10, lon: 20}
                power: {military: 5, economy: 10}
                perceives: {BBB: 0.5}
                trade: {BBB: 0.2}
              - id: BBB
                capital: {lat: 30, lon: 40}
                power: {military: 3, economy: 8}
              - id: CCC
                capital: {lat: -10, lon: 100}
                power: {military: 1, economy: 2}
            ties:
              - {between: [AAA, BBB], level: alignment}
            distances:
              - {between: [AAA, CCC], km: 5000}
            events:
              - {type: intent, state: AAA, partner: BBB, value: 0.9, step: 5}
            parameters:
              threat: {intentExponent: 1}
            """;

    private MiniScenario() {
    }

    /** The scenario with the first occurrence of {@code find} replaced (which must be present). */
    public static String with(String find, String replace) {
        if (!TEXT.contains(find)) {
            throw new IllegalArgumentException("not in the mini scenario: " + find);
        }
        return TEXT.replaceFirst(java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replace));
    }
}

package org.alliancesim.cli;

import java.nio.file.Path;

/** Where the bundled scenarios are and which one runs by default. */
final class Scenarios {
    static final Path DEFAULT = Path.of("scenarios", "iran-russia.yaml");

    private Scenarios() {
    }
}

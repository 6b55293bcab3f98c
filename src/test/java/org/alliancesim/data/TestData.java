package org.alliancesim.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates the bundled test fixtures and the optional real data in {@code ../shared/data}. */
final class TestData {

    /** Real data directory, relative to the working directory (the checkout). */
    static final Path REAL_DIR = Paths.get("..", "shared", "data");

    private TestData() {}

    /** A fixture from {@code src/test/resources/data/}. */
    static Path fixture(String name) {
        URL url = TestData.class.getResource("/data/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test fixture /data/" + name);
        }
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real data file, or the test is skipped (not failed) when it is absent. */
    static Path real(String name) {
        Path p = REAL_DIR.resolve(name);
        assumeTrue(
                Files.isReadable(p),
                () -> "skipped: real data file " + p.toAbsolutePath().normalize()
                        + " not present (tests use ../shared/data when available)");
        return p;
    }
}

package org.alliancesim.history;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

/**
 * The fixture folder of the historical-world tests (four invented states, src/test/resources/data/
 * history), laid out as {@link HistoricalData} reads a folder. Two fixtures are kept under other
 * names in the repository ({@code nmc.fixture.csv}, {@code capdist.fixture.csv}) so that no file
 * there carries a real data set's name; the copy made here gives them the names the reader expects.
 */
public final class HistoryFixture {
    private static Path folder;

    private HistoryFixture() {
    }

    /** A temporary copy of the fixture folder under the data sets' file names (made once per JVM). */
    public static synchronized Path folder() throws IOException {
        if (folder != null) {
            return folder;
        }
        Path source;
        try {
            source = Paths.get(HistoryFixture.class.getResource("/data/history/cow-states.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path copy = Files.createTempDirectory("alliance-sim-history-fixture");
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString()
                        .replace("nmc.fixture.csv", HistoricalData.NMC).replace("capdist.fixture.csv", HistoricalData.CAPDIST);
                Files.copy(f, copy.resolve(name));
                copy.resolve(name).toFile().deleteOnExit();
            }
        }
        copy.toFile().deleteOnExit();
        folder = copy;
        return folder;
    }
}

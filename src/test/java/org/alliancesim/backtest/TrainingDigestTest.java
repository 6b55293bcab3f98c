package org.alliancesim.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.alliancesim.backtest.atop.AllianceTable;
import org.alliancesim.backtest.atop.AtopReader;
import org.alliancesim.history.HistoricalWorlds;
import org.alliancesim.history.HistoryFixture;
import org.junit.jupiter.api.Test;

/** The digest a cluster worker checks its training years against: what was read, not where from. */
class TrainingDigestTest {
    static AllianceTable table() throws Exception {
        return AtopReader.read(SyntheticWorlds.fixture("atop-dyads-1869-1880.csv"), null);
    }

    @Test
    void theSameDataGiveTheSameDigestWhateverPathTheyAreReadBy() throws Exception {
        Path abs = HistoryFixture.folder().toAbsolutePath();
        Path rel = Path.of("").toAbsolutePath().relativize(abs);
        String a = TrainingDigest.of(Training.of(HistoricalWorlds.fromFolder(abs), table(), 1871, 1876));
        String b = TrainingDigest.of(Training.of(HistoricalWorlds.fromFolder(rel), table(), 1871, 1876));
        assertThat(a).hasSize(64).isEqualTo(b);
    }

    @Test
    void otherDataGiveAnotherDigest() throws Exception {
        String base = TrainingDigest.of(Training.of(HistoricalWorlds.fromFolder(HistoryFixture.folder()), table(), 1871, 1876));
        // another training span, another ATOP table, other inputs
        assertThat(TrainingDigest.of(Training.of(HistoricalWorlds.fromFolder(HistoryFixture.folder()), table(), 1871, 1875)))
                .isNotEqualTo(base);
        AllianceTable t = table();
        AllianceTable oneLess = org.alliancesim.backtest.atop.TableViews.reading(t, (inner, year, a, b) ->
                year == 1873 && Math.min(a, b) == 2 && Math.max(a, b) == 20 ? 0 : inner.obligations(year, a, b));
        // the 1873 tie of states 2 and 20 dropped
        assertThat(TrainingDigest.of(Training.of(HistoricalWorlds.fromFolder(HistoryFixture.folder()), oneLess, 1871, 1876)))
                .isNotEqualTo(base);
        Path copy = Files.createTempDirectory("alliance-sim-digest");
        try (var files = Files.list(HistoryFixture.folder())) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Path nmc = copy.resolve(org.alliancesim.history.HistoricalData.NMC);
        Files.writeString(nmc, Files.readString(nmc).replace("AAA,2,1871,400,", "AAA,2,1871,401,"));
        assertThat(TrainingDigest.of(Training.of(HistoricalWorlds.fromFolder(copy), table(), 1871, 1876)))
                .isNotEqualTo(base);
    }
}

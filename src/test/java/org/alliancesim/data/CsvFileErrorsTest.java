package org.alliancesim.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not the UTF-8 CSV they claim to be: each error names the file and the right line. */
class CsvFileErrorsTest {
    @TempDir Path dir;

    private DataFormatException error(Path file) {
        return catchThrowableOfType(DataFormatException.class, () -> CsvTable.read(file, "a", "b"));
    }

    @Test
    void latin1TextNamesTheFirstLineThatIsNotUtf8() throws Exception {
        Path f = dir.resolve("latin1.csv");
        Files.write(f, "a,b\n1,2\nC\u00d4T,3\n4,5\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(error(f).getMessage()).contains("latin1.csv:3: ").contains("not UTF-8");
    }

    @Test
    void utf16TextIsRecognisedByItsByteOrderMark() throws Exception {
        Path f = dir.resolve("utf16.csv");
        Files.write(f, "\uFEFFa,b\n1,2\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(error(f).getMessage()).contains("utf16.csv").contains("UTF-16");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() throws Exception {
        Path f = dir.resolve("quote.csv");
        Files.writeString(f, "a,b\n1,2\n\"3,4\n5,6\n7,8\n");
        assertThat(error(f).getMessage()).contains("quote.csv:3: ").contains("never closed");
    }

    @Test
    void aDeviceIsRefusedWithoutReadingIt() {
        Path dev = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(dev), "no /dev/zero here");
        assertThat(error(dev).getMessage()).contains("not a regular file");
    }
}

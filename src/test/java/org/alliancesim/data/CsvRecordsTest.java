package org.alliancesim.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files read by position ({@link CsvTable#records}): each record with the line it starts on. */
class CsvRecordsTest {
    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path f = dir.resolve("m.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void commentsBlankLinesAndTheByteOrderMarkAreSkippedAndFieldsTrimmed() throws IOException {
        List<CsvTable.Record> rows = CsvTable.records(file("\uFEFF# a comment\n,North , South\n\nNorth, 0 ,1\n"));
        assertThat(rows).containsExactly(new CsvTable.Record(2, List.of("", "North", "South")),
                new CsvTable.Record(4, List.of("North", "0", "1")));
    }

    @Test
    void aRecordIsNumberedByTheLineItStartsOn() throws IOException {
        List<CsvTable.Record> rows = CsvTable.records(file("a,b\n\"two\nlines\",1\nc,2\n"));
        assertThat(rows).extracting(CsvTable.Record::line).containsExactly(1, 2, 4);
        assertThat(rows.get(1).fields()).containsExactly("two\nlines", "1");
    }

    @Test
    void brokenCsvNamesTheLineAfterTheLastGoodRecord() throws IOException {
        DataFormatException e = catchThrowableOfType(DataFormatException.class,
                () -> CsvTable.records(file("a,b\n# c\n1,2\n\"3,4\n\n5,6\n")));
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.problem()).startsWith("malformed CSV (").contains("EOF reached before encapsulated token finished");
    }

    @Test
    void aMissingFileIsAnIoFailureNotAFormatError() {
        IOException e = catchThrowableOfType(IOException.class, () -> CsvTable.records(dir.resolve("gone.csv")));
        assertThat(e).isInstanceOf(NoSuchFileException.class).isNotInstanceOf(DataFormatException.class);
        assertThat(CsvTable.describe(e)).isEqualTo("NoSuchFileException: " + dir.resolve("gone.csv"));
    }
}

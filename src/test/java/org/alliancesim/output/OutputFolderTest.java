package org.alliancesim.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A results folder appears whole on commit, or not at all. */
class OutputFolderTest {
    @TempDir
    Path dir;

    /** The names in the temporary folder that holds the targets, sorted. */
    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void filesAppearInTheTargetOnlyOnCommit() throws Exception {
        Path target = dir.resolve("out");
        try (OutputFolder f = OutputFolder.create(target, false)) {
            Files.writeString(f.file("summary.csv"), "a\n");
            assertThat(target).doesNotExist();
            assertThat(names()).singleElement().asString().startsWith(".alliance-sim-tmp-out-");
            f.commit();
        }
        assertThat(Files.readString(target.resolve("summary.csv"))).isEqualTo("a\n");
        assertThat(target.resolve(OutputMarker.NAME)).isRegularFile();
        assertThat(names()).containsExactly("out");
    }

    @Test
    void closingWithoutCommitLeavesNothingBehind() throws Exception {
        Path target = dir.resolve("out");
        try (OutputFolder f = OutputFolder.create(target, false)) {
            Files.writeString(f.file("half.csv"), "a\n");
        }
        assertThat(names()).isEmpty();
    }

    @Test
    void aNonEmptyFolderIsRefusedWithoutForceAndReplacedWholeWithIt() throws Exception {
        Path target = dir.resolve("out");
        Files.createDirectories(target.resolve("old"));
        Files.writeString(target.resolve("old/series.csv"), "old\n");
        assertThatThrownBy(() -> OutputFolder.create(target, false)).isInstanceOf(OutputException.class)
                .hasMessage(target + " already exists and is not empty; choose another --out or add --force to replace it");
        try (OutputFolder f = OutputFolder.create(target, true)) {
            Files.writeString(f.file("series.csv"), "new\n");
            f.commit();
        }
        try (Stream<Path> s = Files.list(target)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted()).containsExactly(OutputMarker.NAME, "series.csv");
        }
        assertThat(names()).containsExactly("out");
    }

    @Test
    void aFileInTheWayIsRefused() throws Exception {
        Path target = dir.resolve("out");
        Files.writeString(target, "x");
        assertThatThrownBy(() -> OutputFolder.create(target, true)).isInstanceOf(OutputException.class)
                .hasMessage(target + " exists and is not a folder");
    }

    @Test
    void aFolderThatAppearsWhileWritingIsNotOverwritten() throws Exception {
        Path target = dir.resolve("out");
        try (OutputFolder f = OutputFolder.create(target, false)) {
            Files.createDirectories(target);
            Files.writeString(target.resolve("theirs.csv"), "theirs\n");
            assertThatThrownBy(f::commit).isInstanceOf(OutputException.class)
                    .hasMessage(target + " appeared while the run was writing; this run's results were discarded");
        }
        assertThat(Files.readString(target.resolve("theirs.csv"))).isEqualTo("theirs\n");
        assertThat(names()).containsExactly("out");
    }

    @Test
    void numberedFoldersTakeTheFirstFreeNumberAndAFailedRunGivesItsNumberBack() throws Exception {
        try (OutputFolder f = OutputFolder.createNext(dir)) {
            assertThat(f.target().getFileName().toString()).isEqualTo("run-001");
            f.commit();
        }
        try (OutputFolder f = OutputFolder.createNext(dir)) {
            assertThat(f.target().getFileName().toString()).isEqualTo("run-002");
        }
        assertThat(names()).containsExactly("run-001");
        try (OutputFolder f = OutputFolder.createNext(dir)) {
            assertThat(f.target().getFileName().toString()).isEqualTo("run-002");
        }
    }

    @Test
    void ioFailuresAreSaidInPlainWords() {
        assertThat(OutputFolder.describeForUser(new AccessDeniedException("/results/out")))
                .isEqualTo("/results/out (permission denied)");
        assertThat(OutputFolder.describeForUser(new IOException("Input/output error")))
                .isEqualTo("input/output error: Input/output error");
        assertThat(OutputFolder.writeError(Path.of("out"), new IOException("No space left on device")).getMessage())
                .isEqualTo("cannot write the results into out: No space left on device; out was left as it was");
    }
}

package org.alliancesim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's one way to write a file or a folder whole, and to clear one away. */
class NewFilesTest {
    @TempDir
    Path dir;

    @Test
    void writeStringReplacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("table.csv");
        Files.writeString(target, "old\n");
        NewFiles.writeString(target, "a,b\n1,é\n");
        assertThat(Files.readString(target)).isEqualTo("a,b\n1,é\n");
        assertThat(list(dir)).containsExactly(target.toAbsolutePath().normalize());
    }

    @Test
    void aTemporaryFileBesideTheTargetIsHiddenAndEndsAsTheTargetDoes() throws IOException {
        Path tmp = NewFiles.besides(dir.resolve("chart.svg"));
        assertThat(tmp.getParent()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(tmp.getFileName().toString()).startsWith(".alliance-sim-tmp-chart.svg-").endsWith(".svg");
        assertThat(NewFiles.besides(dir.resolve("README")).getFileName().toString()).endsWith(".tmp");
    }

    @Test
    void newFilesAreNotMadePrivate() throws IOException {
        Path f = NewFiles.file(dir, "x-", ".txt");
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(f);
        // the umask decides; Files.createTempFile would give owner-only (rw-------) whatever it is
        Set<PosixFilePermission> umaskAllows = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain")));
        assertThat(perms).isEqualTo(umaskAllows);
    }

    @Test
    void aFinishedFolderTakesTheNameOfOneSetAside() throws IOException {
        Path target = dir.resolve("out");
        Files.createDirectories(target.resolve("sub"));
        Files.writeString(target.resolve("sub/old.csv"), "old");
        Path staged = NewFiles.folder(dir, "stage-");
        Files.writeString(staged.resolve("new.csv"), "new");

        Path old = NewFiles.setAside(target);
        NewFiles.moveInto(staged, target);
        NewFiles.deleteTree(old);

        assertThat(Files.readString(target.resolve("new.csv"))).isEqualTo("new");
        assertThat(list(dir)).containsExactly(target.toAbsolutePath().normalize());
        assertThat(old.getFileName().toString()).startsWith(".alliance-sim-tmp-old-");
    }

    @Test
    void deleteTreeRemovesNestedFoldersAndIgnoresWhatIsAbsent() throws IOException {
        Path root = dir.resolve("a");
        Files.createDirectories(root.resolve("b/c"));
        Files.writeString(root.resolve("b/c/f.txt"), "x");
        Files.writeString(root.resolve("g.txt"), "y");
        NewFiles.deleteTree(root);
        assertThat(root).doesNotExist();
        NewFiles.deleteTree(root);
        assertThat(list(dir)).isEmpty();
    }

    private static java.util.List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.toAbsolutePath().normalize()).sorted().toList();
        }
    }
}

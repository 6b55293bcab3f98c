package org.alliancesim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files on disk: empty, binary, not UTF-8, folders and missing paths, each refused cleanly. */
class ScenarioFileInputTest {
    @TempDir
    Path dir;

    private Problem onlyProblem(Path file) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertThat(e).as("%s must be refused", file).isNotNull();
        assertThat(e.problems()).hasSize(1);
        Problem p = e.problems().get(0);
        assertThat(p.file()).isEqualTo(file.toString());
        assertThat(p.toString()).startsWith(file + ":");
        return p;
    }

    @Test
    void emptyFile() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.yaml"), "");
        Problem p = onlyProblem(f);
        assertThat(p.message()).contains("the file is empty");
        assertThat(p.line()).isEqualTo(1);
    }

    @Test
    void blankFile() throws IOException {
        Path f = Files.writeString(dir.resolve("blank.yaml"), "\n   \n\t\n");
        assertThat(onlyProblem(f).message()).contains("the file is empty");
    }

    @Test
    void binaryGarbage() throws IOException {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        junk[100] = 0;
        Path f = Files.write(dir.resolve("junk.yaml"), junk);
        assertThat(onlyProblem(f).message()).containsAnyOf("binary content", "not UTF-8");
    }

    @Test
    void aZipFileIsBinary() throws IOException {
        Path f = Files.write(dir.resolve("scenario.yaml"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        Problem p = onlyProblem(f);
        assertThat(p.message()).contains("binary content (a NUL byte at offset 5)");
        assertThat(p.line()).isEqualTo(1);
    }

    @Test
    void latin1TextIsNotUtf8AndTheLineIsNamed() throws IOException {
        byte[] bytes = (MiniScenario.TEXT.replace("name: mini", "name: mini\ndescription: caf\u00e9"))
                .getBytes(StandardCharsets.ISO_8859_1);
        Path f = Files.write(dir.resolve("latin1.yaml"), bytes);
        Problem p = onlyProblem(f);
        assertThat(p.message()).contains("not UTF-8 text").contains("save the file as UTF-8");
        assertThat(p.line()).isEqualTo(2);
    }

    @Test
    void utf16IsRefused() throws IOException {
        Path f = Files.write(dir.resolve("utf16.yaml"), MiniScenario.TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertThat(onlyProblem(f).message()).contains("binary content");
    }

    @Test
    void aFolderWhereAFileIsExpected() {
        assertThat(onlyProblem(dir).message()).isEqualTo("is a folder; expected a YAML file");
    }

    @Test
    void aMissingPath() {
        assertThat(onlyProblem(dir.resolve("nope.yaml")).message()).isEqualTo("no such file");
    }

    @Test
    void aTruncatedFile() throws IOException {
        String text = MiniScenario.TEXT.substring(0, MiniScenario.TEXT.indexOf("level: alig"));
        Path f = Files.writeString(dir.resolve("cut.yaml"), text);
        Problem p = onlyProblem(f);
        assertThat(p.message()).startsWith("not valid YAML");
        assertThat(p.line()).isEqualTo(17);
    }

    @Test
    void aUtf8FileWithAByteOrderMarkAndCrlfLoads() throws Exception {
        String text = "\uFEFF" + MiniScenario.TEXT.replace("\n", "\r\n");
        Path f = Files.writeString(dir.resolve("bom.yaml"), text);
        assertThat(ScenarioLoader.load(f).states()).hasSize(3);
    }

    @Test
    void crlfLineNumbersMatchTheEditor() throws IOException {
        Path f = Files.writeString(dir.resolve("crlf.yaml"),
                MiniScenario.with("{BBB: 0.5}", "{BBB: 7}").replace("\n", "\r\n"));
        Problem p = onlyProblem(f);
        assertThat(p.line()).isEqualTo(8);
        assertThat(p.path()).isEqualTo("states[0].perceives.BBB");
    }
}

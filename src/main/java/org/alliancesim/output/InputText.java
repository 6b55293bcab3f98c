package org.alliancesim.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.alliancesim.Location;

/**
 * A small input text file read safely: only a regular file (never a device such as /dev/zero, a
 * FIFO or a socket, whose reads may never end), at most a given number of bytes whatever size it
 * claims, strict UTF-8, no NUL bytes; each refusal an {@link IOException} naming the file (and
 * line where there is one).
 */
public final class InputText {
    private InputText() {
    }

    public static String read(Path file, int maxBytes) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException(file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": not a regular file (a folder, device, pipe or socket); expected a text file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            throw new IOException(file + ": more than " + maxBytes + " bytes; the limit is " + maxBytes);
        }
        int line = 1;
        for (byte b : bytes) {
            if (b == 0) {
                throw new IOException(Location.format(file.toString(), line, 0, null, "a NUL byte; expected a text file"));
            }
            if (b == '\n') {
                line++;
            }
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
        } catch (CharacterCodingException e) {
            int at = in.position();
            int l = 1;
            for (int k = 0; k < at; k++) {
                if (bytes[k] == '\n') {
                    l++;
                }
            }
            throw new IOException(Location.format(file.toString(), l, 0, null, "not UTF-8 text (invalid byte near offset "
                    + at + "); save the file as UTF-8"));
        }
    }
}

package org.alliancesim;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Which model a JVM runs: the release version plus a digest of every class and resource under
 * {@code org/alliancesim/} (read from the jar or the classes folder this class came from). Two
 * builds of the same source by the same compiler agree; any change to the model's code does not.
 * A cluster member whose id differs from the sweep's is refused, so results never mix.
 */
public final class BuildId {
    private static final String PREFIX = "org/alliancesim/";
    private static volatile String cached;

    private BuildId() {
    }

    /** E.g. {@code 0.1.0+3f2a9c81d04e}. */
    public static String get() {
        String id = cached;
        if (id == null) {
            id = Version.get() + "+" + digest();
            cached = id;
        }
        return id;
    }

    private static String digest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            Path where = Path.of(BuildId.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) {
                digestFolder(where, md);
            } else {
                digestJar(where, md);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void digestFolder(Path root, MessageDigest md) throws IOException {
        Path base = root.resolve(PREFIX);
        List<String> names = new ArrayList<>();
        try (var walk = Files.walk(base)) {
            walk.filter(Files::isRegularFile).forEach(p -> names.add(root.relativize(p).toString().replace('\\', '/')));
        }
        Collections.sort(names);
        for (String n : names) {
            md.update(n.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update(Files.readAllBytes(root.resolve(n)));
        }
    }

    private static void digestJar(Path jar, MessageDigest md) throws IOException {
        try (JarFile jf = new JarFile(jar.toFile())) {
            List<JarEntry> entries = new ArrayList<>();
            jf.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(PREFIX)).forEach(entries::add);
            entries.sort((a, b) -> a.getName().compareTo(b.getName()));
            for (JarEntry e : entries) {
                md.update(e.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = jf.getInputStream(e)) {
                    md.update(in.readAllBytes());
                }
            }
        }
    }
}

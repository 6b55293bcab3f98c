package org.alliancesim.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What the loopback cluster tests share: child JVMs, free ports and waiting for a line in a worker's log. */
final class Loopback {
    /** Hazelcast's own access to JDK internals, so that it logs no warning about them. */
    private static final List<String> JVM_OPENS = List.of("--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED", "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED");

    private Loopback() {
    }

    /**
     * Starts {@code alliance-sim ARGS} in a child JVM (256 MB heap, serial collector, headless) on
     * {@code classPath}, with {@code jvm} options, its output and errors in {@code log}.
     */
    static Process startMain(Path log, String classPath, List<String> jvm, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-Djava.awt.headless=true"));
        cmd.addAll(JVM_OPENS);
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", classPath, Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** As {@link #startMain(Path, String, List, String...)} on this JVM's class path. */
    static Process startMain(Path log, List<String> jvm, String... args) throws IOException {
        return startMain(log, System.getProperty("java.class.path"), jvm, args);
    }

    /** {@code n} distinct ports free on the loopback interface now (held together, then released). */
    static int[] freePorts(int n) throws IOException {
        int[] out = new int[n];
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int k = 0; k < n; k++) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(s);
                out[k] = s.getLocalPort();
            }
        } finally {
            for (ServerSocket s : held) {
                s.close();
            }
        }
        return out;
    }

    /** One free loopback port. */
    static int freePort() throws IOException {
        return freePorts(1)[0];
    }

    /** Waits until {@code log} holds {@code text}; fails with the log's text after {@code limit}. */
    static void awaitLine(Path log, String text, Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no '" + text + "' in " + log + " after " + limit + ":\n"
                + (Files.exists(log) ? Files.readString(log) : "(no log)"));
    }
}

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

/** What the loopback cluster tests share: free ports and waiting for a line in a worker's log. */
final class Loopback {
    private Loopback() {
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

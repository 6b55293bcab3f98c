package org.alliancesim.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The per-sweep token a worker checks before it runs a task: HMAC-SHA256, keyed by a secret shared
 * by the workers and the client ({@code --secret-file}), of the sweep's build and fingerprint. A
 * client without the secret cannot make a token for any sweep, and a token is good for one sweep
 * only. The secret is never sent; the token travels in clear (Hazelcast's open-source edition does
 * not encrypt), so whoever reads the traffic can replay that sweep's chunks, no other work.
 */
public final class SweepToken {
    /** A secret file holds at least this many bytes (after surrounding blanks are stripped). */
    public static final int MIN_SECRET_BYTES = 16;

    private SweepToken() {
    }

    /** Reads a secret file. */
    public static byte[] readSecret(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such regular file (the cluster's shared secret)");
        }
        if (Files.size(file) > 4096) {
            throw new IOException(file + ": a secret file holds at most 4096 bytes");
        }
        byte[] s = Files.readString(file, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
        if (s.length < MIN_SECRET_BYTES) {
            throw new IOException(file + ": the secret must be at least " + MIN_SECRET_BYTES
                    + " bytes (e.g. the output of: head -c 32 /dev/urandom | base64)");
        }
        return s;
    }

    /** The token of the sweep of {@code build} and {@code fingerprint}, or null without a secret. */
    public static String of(byte[] secret, String build, String fingerprint) {
        if (secret == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((build + "\n" + fingerprint).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code token} is the one {@code secret} makes for the sweep (in constant time). */
    static boolean valid(byte[] secret, String build, String fingerprint, String token) {
        if (token == null) {
            return false;
        }
        return MessageDigest.isEqual(of(secret, build, fingerprint).getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }
}

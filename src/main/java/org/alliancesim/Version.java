package org.alliancesim;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of alliance-sim, from the build. */
public final class Version {
    private Version() {
    }

    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/alliance-sim.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}

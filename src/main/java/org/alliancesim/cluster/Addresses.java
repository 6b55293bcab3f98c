package org.alliancesim.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses member addresses {@code HOST:PORT}, one member each. Hazelcast's TCP-IP join would also
 * take a port range ({@code 5701-5703}) and probe every port of it; we refuse ranges so that the
 * members a cluster may contain are exactly the ones listed.
 */
public final class Addresses {
    private static final Pattern ONE = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9._-]+):(\\d{1,5})");

    private Addresses() {
    }

    /** One {@code HOST:PORT}, checked; the text returned is the address as Hazelcast takes it. */
    public static String parse(String text) {
        String t = text.trim();
        Matcher m = ONE.matcher(t);
        if (!m.matches()) {
            String why = t.matches(".*:\\d+-\\d+") ? " (a port range is not accepted: list each member on its own)" : "";
            throw new IllegalArgumentException("'" + text + "' is not HOST:PORT" + why);
        }
        if (m.group(1).startsWith("[")) {
            throw new IllegalArgumentException("'" + text + "': IPv6 addresses are not supported; use an IPv4 address"
                    + " such as 127.0.0.1:5701");
        }
        int port = Integer.parseInt(m.group(2));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("'" + text + "': port " + port + " is not between 1 and 65535");
        }
        return m.group(1) + ":" + port;
    }

    /** A comma-separated list, e.g. {@code 10.0.0.5:5701,10.0.0.6:5701}; at least one. */
    public static List<String> parseList(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            for (String one : t.split(",")) {
                if (!one.isBlank()) {
                    out.add(parse(one));
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("name at least one member as HOST:PORT");
        }
        return out;
    }
}

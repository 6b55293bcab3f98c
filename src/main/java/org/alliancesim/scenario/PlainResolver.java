package org.alliancesim.scenario;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's resolver of implicit tags, with a shortcut for the numbers scenario files are made
 * of: a plain decimal ({@code 12}, {@code -0.469}, {@code 1.0E-4}) is an integer or a float
 * without trying SnakeYAML's regular expressions one by one (a large scenario holds hundreds of
 * thousands of them). Anything else goes to SnakeYAML, so every tag is the one it would give
 * ({@code PlainResolverTest} compares the two).
 */
final class PlainResolver extends Resolver {
    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind == NodeId.scalar && implicit) {
            Tag t = decimal(value);
            if (t != null) {
                return t;
            }
        }
        return super.resolve(kind, value, implicit);
    }

    /**
     * {@link Tag#INT} for {@code -?(0|[1-9][0-9]*)}, {@link Tag#FLOAT} for that followed by a
     * fraction {@code .[0-9]+} and/or an exponent {@code [eE][-+]?[0-9]+}; null for anything else.
     */
    static Tag decimal(String v) {
        int n = v.length();
        int k = 0;
        if (k < n && v.charAt(k) == '-') {
            k++;
        }
        int digits = k;
        if (k < n && v.charAt(k) == '0') {
            k++;
        } else {
            while (k < n && isDigit(v.charAt(k))) {
                k++;
            }
        }
        if (k == digits) {
            return null;
        }
        boolean isFloat = false;
        if (k < n && v.charAt(k) == '.') {
            int f = ++k;
            while (k < n && isDigit(v.charAt(k))) {
                k++;
            }
            if (k == f) {
                return null;
            }
            isFloat = true;
        }
        if (k < n && (v.charAt(k) == 'e' || v.charAt(k) == 'E')) {
            k++;
            if (k < n && (v.charAt(k) == '-' || v.charAt(k) == '+')) {
                k++;
            }
            int e = k;
            while (k < n && isDigit(v.charAt(k))) {
                k++;
            }
            if (k == e) {
                return null;
            }
            isFloat = true;
        }
        if (k != n) {
            return null;
        }
        return isFloat ? Tag.FLOAT : Tag.INT;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

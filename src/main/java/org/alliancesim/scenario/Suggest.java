package org.alliancesim.scenario;

import java.util.Collection;
import java.util.Map;

/**
 * Suggests the nearest valid word for a misspelt key (Levenshtein distance), also trying a few
 * words users naturally write for a field that the file format names differently (e.g. a state's
 * perceived {@code intent} is written under {@code perceives}).
 */
final class Suggest {
    private Suggest() {
    }

    /** Words a user may write (or misspell) for a field, mapped to the field's real name. */
    private static final Map<String, String> SYNONYMS = Map.of(
            "intent", "perceives",
            "intents", "perceives",
            "intention", "perceives",
            "intentions", "perceives",
            "threat", "perceives",
            "gain", "gains",
            "latitude", "lat",
            "longitude", "lon",
            "offence", "offense",
            "credible", "credibility");

    /**
     * The closest candidate within a distance of about a third of the word, or null. A word close
     * to a known synonym suggests the field it stands for, when that field is a candidate.
     */
    static String nearest(String word, Collection<String> candidates) {
        String direct = closest(word, candidates);
        if (direct != null) {
            return direct;
        }
        String synonym = closest(word, SYNONYMS.keySet());
        return synonym != null && candidates.contains(SYNONYMS.get(synonym)) ? SYNONYMS.get(synonym) : null;
    }

    private static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best != null && bestDistance <= Math.max(2, word.length() / 3) ? best : null;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

package org.alliancesim.landscape;

import java.util.Arrays;

/**
 * A split of the actors into two blocs, the "configuration" of Axelrod and Bennett's landscape
 * theory of aggregation (BJPolS 23(2), 1993).
 *
 * <p>A configuration and its complement (every actor on the other side) are the same partition,
 * so instances are always normalised with actor 0 on {@link Side#A}. Two configurations are
 * equal when they put the same actors together. Immutable.
 */
public final class Configuration {

    private final boolean[] onB;

    private Configuration(boolean[] normalisedOnB) {
        this.onB = normalisedOnB;
    }

    /**
     * @param onB {@code onB[i]} is true when actor {@code i} is on side B; copied, then
     *            normalised (complemented if actor 0 is on B)
     * @return the configuration
     */
    public static Configuration of(boolean[] onB) {
        if (onB.length == 0) {
            throw new IllegalArgumentException("a configuration needs at least one actor");
        }
        boolean[] copy = onB.clone();
        if (copy[0]) {
            for (int i = 0; i < copy.length; i++) {
                copy[i] = !copy[i];
            }
        }
        return new Configuration(copy);
    }

    /**
     * Decodes the index used by {@link ExactEnumerator}: bit {@code i - 1} of {@code index} is
     * set when actor {@code i} (for {@code i >= 1}) is on side B; actor 0 is on side A.
     *
     * @param actorCount number of actors, 1 to 64
     * @param index      configuration index, {@code 0 <= index < 2^(actorCount - 1)}
     * @return the configuration
     */
    public static Configuration fromIndex(int actorCount, long index) {
        if (actorCount < 1 || actorCount > 64) {
            throw new IllegalArgumentException("actorCount must be 1..64: " + actorCount);
        }
        boolean[] onB = new boolean[actorCount];
        for (int i = 1; i < actorCount; i++) {
            onB[i] = ((index >>> (i - 1)) & 1L) != 0;
        }
        return new Configuration(onB);
    }

    /**
     * Parses a string such as {@code "AABB"}, one letter per actor.
     *
     * @param sides letters A and B
     * @return the (normalised) configuration
     */
    public static Configuration parse(String sides) {
        boolean[] onB = new boolean[sides.length()];
        for (int i = 0; i < onB.length; i++) {
            char c = sides.charAt(i);
            if (c != 'A' && c != 'B') {
                throw new IllegalArgumentException("expected only A and B: " + sides);
            }
            onB[i] = c == 'B';
        }
        return of(onB);
    }

    /** @return number of actors */
    public int actorCount() {
        return onB.length;
    }

    /**
     * @param i actor index
     * @return whether actor {@code i} is on side B
     */
    public boolean isOnB(int i) {
        return onB[i];
    }

    /**
     * @param i actor index
     * @return the side of actor {@code i}
     */
    public Side side(int i) {
        return onB[i] ? Side.B : Side.A;
    }

    /**
     * @param i one actor
     * @param j another actor
     * @return whether actors {@code i} and {@code j} are on opposite sides
     */
    public boolean apart(int i, int j) {
        return onB[i] != onB[j];
    }

    /** @return a copy of the side flags, true meaning side B */
    public boolean[] onB() {
        return onB.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Configuration && Arrays.equals(onB, ((Configuration) o).onB);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(onB);
    }

    /** @return one letter per actor, e.g. {@code "AABB"} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(onB.length);
        for (boolean b : onB) {
            sb.append(b ? 'B' : 'A');
        }
        return sb.toString();
    }
}

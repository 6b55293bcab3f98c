package org.alliancesim.param;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the constants of an enum are spelled in scenario files and outputs: lower case, words joined
 * by hyphens ({@code STATUS_QUO} is {@code status-quo}). One spelling for every enum a file names,
 * so that the list of valid words is read off the enum instead of being copied beside it.
 */
public final class Labels {
    private Labels() {
    }

    /** The file spelling of one constant. */
    public static String label(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The file spellings of every constant, in declaration order. */
    public static <E extends Enum<E>> List<String> labels(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labels::label).toList();
    }

    /**
     * The constant a file spelling names.
     *
     * @throws IllegalArgumentException naming the word and the valid ones, if none matches
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (label(e).equals(text)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + text + "', expected one of "
                + String.join(", ", labels(type)));
    }
}

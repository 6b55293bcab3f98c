package org.alliancesim.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A span of years scores are given over: the whole span, training and held-out years, each decade
 * and each year. Spans of more than one year carry a bootstrap interval.
 *
 * @param label how the span is written in {@code scores.csv}: {@code 1900-1954} or {@code 1914}
 * @param kind {@code span}, {@code train}, {@code test}, {@code decade} or {@code year}
 * @param first first year
 * @param last last year
 */
public record Span(String label, String kind, int first, int last) {

    public int years() {
        return last - first + 1;
    }

    static Span of(String kind, int first, int last) {
        return new Span(first == last ? Integer.toString(first) : first + "-" + last, kind, first, last);
    }

    /**
     * The spans of a backtest from {@code from} to {@code to}: the whole, then training and held-out
     * years when {@code trainTo} splits it, then decades (clipped to the span), then years. A span
     * equal to one listed before is left out.
     */
    public static List<Span> of(int from, int to, Integer trainTo) {
        Map<String, Span> out = new LinkedHashMap<>();
        List<Span> all = new ArrayList<>();
        all.add(of("span", from, to));
        if (trainTo != null && trainTo >= from && trainTo < to) {
            all.add(of("train", from, trainTo));
            all.add(of("test", trainTo + 1, to));
        }
        for (int d = Math.floorDiv(from, 10) * 10; d <= to; d += 10) {
            all.add(of("decade", Math.max(from, d), Math.min(to, d + 9)));
        }
        for (int y = from; y <= to; y++) {
            all.add(of("year", y, y));
        }
        for (Span s : all) {
            out.putIfAbsent(s.label(), s);
        }
        return List.copyOf(out.values());
    }
}

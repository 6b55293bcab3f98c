package org.alliancesim.experiment.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The Kaplan–Meier estimate of a survival function from durations in whole steps, some censored
 * (Kaplan and Meier 1958), gathered one observation at a time into counts per duration, so memory
 * does not grow with the number of runs. At a time with both events and censorings the events
 * are counted first (the usual convention: a tie censored at t was still standing at t).
 *
 * <p>Confidence bands: Greenwood's variance (Greenwood 1926) on the log-minus-log scale
 * (Kalbfleisch and Prentice 1980), which keeps the band inside [0, 1]:
 * {@code S(t)^exp(±z·se)} with {@code se = sqrt(Σ d/(n(n-d))) / |log S(t)|}. The median is the
 * first time S falls to 0.5 or below, with the Brookmeyer–Crowley interval read off the band.
 */
public final class KaplanMeier {
    private long[] events;
    private long[] censored;

    public KaplanMeier(int maxTime) {
        events = new long[maxTime + 1];
        censored = new long[maxTime + 1];
    }

    /** Adds one tie: how long it stood, and whether its end was seen (false: censored). */
    public void add(int duration, boolean ended) {
        if (duration < 0) {
            throw new IllegalArgumentException("negative duration " + duration);
        }
        if (duration >= events.length) {
            events = java.util.Arrays.copyOf(events, duration + 1);
            censored = java.util.Arrays.copyOf(censored, duration + 1);
        }
        (ended ? events : censored)[duration]++;
    }

    public long size() {
        long n = 0;
        for (int t = 0; t < events.length; t++) {
            n += events[t] + censored[t];
        }
        return n;
    }

    public long eventCount() {
        long n = 0;
        for (long e : events) {
            n += e;
        }
        return n;
    }

    /** One step of the estimate: the survival just after {@code time}, with its 95% band. */
    public record Row(int time, long atRisk, long events, long censored, double survival, double low, double high) {
    }

    /** The estimate at every time an event or a censoring happened, after a first row at time 0. */
    public List<Row> estimate() {
        return estimate(1.959963984540054);
    }

    public List<Row> estimate(double z) {
        List<Row> out = new ArrayList<>();
        long atRisk = size();
        double s = 1;
        double greenwood = 0;
        boolean first = true;
        for (int t = 0; t < events.length; t++) {
            long d = events[t];
            long c = censored[t];
            if (d == 0 && c == 0) {
                if (first && t == 0) {
                    out.add(new Row(0, atRisk, 0, 0, 1, 1, 1));
                    first = false;
                }
                continue;
            }
            first = false;
            if (d > 0) {
                s *= 1 - d / (double) atRisk;
                greenwood = atRisk > d ? greenwood + d / ((double) atRisk * (atRisk - d)) : Double.POSITIVE_INFINITY;
            }
            double[] band = band(s, greenwood, z);
            out.add(new Row(t, atRisk, d, c, s, band[0], band[1]));
            atRisk -= d + c;
        }
        return out;
    }

    static double[] band(double s, double greenwood, double z) {
        if (s >= 1) {
            return new double[] {1, 1};
        }
        if (s <= 0 || !Double.isFinite(greenwood)) {
            return new double[] {0, 0};
        }
        double logS = Math.log(s);
        double se = Math.sqrt(greenwood) / Math.abs(logS);
        return new double[] {Math.pow(s, Math.exp(z * se)), Math.pow(s, Math.exp(-z * se))};
    }

    /**
     * The median survival time and its 95% interval: the first times the estimate, the band's upper
     * edge and its lower edge fall to 0.5 or below; -1 where that never happens (not reached).
     */
    public int[] median() {
        List<Row> rows = estimate();
        int med = -1;
        int lo = -1;
        int hi = -1;
        for (Row r : rows) {
            if (med < 0 && r.events() > 0 && r.survival() <= 0.5) {
                med = r.time();
            }
            if (lo < 0 && r.events() > 0 && r.low() <= 0.5) {
                lo = r.time();
            }
            if (hi < 0 && r.events() > 0 && r.high() <= 0.5) {
                hi = r.time();
            }
        }
        return new int[] {med, lo, hi};
    }
}

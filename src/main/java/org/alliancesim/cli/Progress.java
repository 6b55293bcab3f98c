package org.alliancesim.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr (runs done, rate, ETA) that appears only once a job has taken more
 * than {@link #DELAY_NANOS}: short jobs print nothing. {@code --quiet} silences it.
 */
final class Progress implements AutoCloseable {
    static final long DELAY_NANOS = 2_000_000_000L;
    private final String task;
    private final long total;
    private final boolean quiet;
    private final long started = System.nanoTime();
    private ProgressBar bar;
    private String note = "";

    Progress(String task, long total, boolean quiet) {
        this.task = task;
        this.total = total;
        this.quiet = quiet;
    }

    synchronized void stepTo(long done) {
        if (quiet) {
            return;
        }
        if (bar == null && System.nanoTime() - started > DELAY_NANOS && done < total) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(500).showSpeed().setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS).build();
            bar.setExtraMessage(note);
        }
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    /** A note after the rate (e.g. the number of cluster members), kept for a bar that appears later. */
    synchronized void note(String text) {
        note = text;
        if (bar != null) {
            bar.setExtraMessage(text);
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}

package org.alliancesim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code bench --whole}: the issue-17 figures, each measured now. Whole processes (through the
 * launcher when bench was started by it): a whole world under six theories with {@code --record
 * none}, the peak memory of a run that writes its series (a tenth of the steps, {@code --record
 * ties}), and a sweep on one thread against two (speed-up of the wall time, pair by pair, and
 * whether the files agree); in this process: the
 * engine against the bare-loop bound at N = 200 and 1000 (CPU time), and the largest landscape the
 * branch and bound proves within a time budget. Every process figure is a median over
 * {@code runs} runs after one warm-up, with its range and the load average at each start.
 *
 * @param world scenario of the whole-world and streamed runs
 * @param sweep sweep file of the speed-up test
 * @param runs counted runs of each process figure
 * @param steps steps of the whole-world and streamed runs
 * @param landscapeBudget CPU seconds a landscape search may take for its N to count
 */
public record WholeProcessSuite(Path world, Path sweep, int runs, int steps, double landscapeBudget) {

    /** Runs every part; {@code log} receives a line as each finishes. */
    public Map<String, Object> run(Path scratch, Consumer<String> log) throws Exception {
        WholeProcess wp = WholeProcess.here(scratch);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("started_with", wp.how());
        Path o = scratch.resolve("out");
        List<String> none = List.of("run", world.toString(), "--record", "none", "--reps", "1", "--steps",
                Integer.toString(steps), "--quiet", "--out", o.toString(), "--force");
        Map<String, Object> whole = summary(repeat(wp, none));
        whole.put("command", String.join(" ", none).replace(o.toString(), "OUT"));
        out.put("whole_world", whole);
        log.accept(line("whole world, six theories, " + steps + " steps, --record none", whole));

        // a tenth of the steps (at least 1), so that the series file stays small enough to write four times
        List<String> ties = List.of("run", world.toString(), "--record", "ties", "--reps", "1", "--steps",
                Integer.toString(Math.max(1, steps / 10)), "--quiet", "--out", o.toString(), "--force");
        List<WholeProcess.Run> tieRuns = repeat(wp, ties);
        Map<String, Object> streamed = summary(tieRuns);
        streamed.put("series_bytes", size(o.resolve("series.csv")));
        streamed.put("command", String.join(" ", ties).replace(o.toString(), "OUT"));
        out.put("streamed_run", streamed);
        log.accept(line("the same world, " + Math.max(1, steps / 10) + " steps, --record ties (series.csv "
                + streamed.get("series_bytes") + " bytes)", streamed));

        out.put("sweep", sweepSpeedUp(wp, scratch, log));

        Map<String, Object> bound = new LinkedHashMap<>();
        for (int n : new int[] {200, 1000}) {
            StepTiming.Result r = StepTiming.measure(n, BenchSuite.SEED, 5, true);
            bound.put(Integer.toString(n), round(r.cpuRatio()));
        }
        out.put("engine_over_bare_cpu", bound);
        log.accept("engine / bare loop, CPU time per dyad-step, cause attribution on: " + bound);

        LandscapeReach.Result reach = LandscapeReach.measure(20, 5, 200, landscapeBudget, 1);
        List<Object> tried = new ArrayList<>();
        for (LandscapeReach.Step s : reach.steps()) {
            tried.add(Map.of("n", s.n(), "cpu_seconds", round3(s.cpuSeconds()), "nodes", s.nodes(), "proven", s.proven()));
        }
        out.put("landscape_largest_proven_n", reach.largestProven());
        out.put("landscape_budget_cpu_seconds", landscapeBudget);
        out.put("landscape_searches", tried);
        log.accept(String.format(Locale.ROOT, "landscape: largest N proven within %.0f s of CPU: %d (tried %s)",
                landscapeBudget, reach.largestProven(), tried));
        return out;
    }

    private Map<String, Object> sweepSpeedUp(WholeProcess wp, Path scratch, Consumer<String> log) throws Exception {
        Path one = scratch.resolve("sweep1");
        Path two = scratch.resolve("sweep2");
        List<String> a = List.of("sweep", sweep.toString(), "--threads", "1", "--quiet", "--out", one.toString(), "--force");
        List<String> b = List.of("sweep", sweep.toString(), "--threads", "2", "--quiet", "--out", two.toString(), "--force");
        wp.run(a);
        wp.run(b);
        List<WholeProcess.Run> ra = new ArrayList<>();
        List<WholeProcess.Run> rb = new ArrayList<>();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int k = 0; k < runs; k++) {
            ra.add(wp.run(a));
            rb.add(wp.run(b));
            wall[k] = ra.get(k).wallSeconds() / rb.get(k).wallSeconds();
            cpu[k] = rb.get(k).cpuSeconds() / ra.get(k).cpuSeconds();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", sweep.toString());
        m.put("threads_1", summary(ra));
        m.put("threads_2", summary(rb));
        Samples w = new Samples(wall);
        Samples c = new Samples(cpu);
        m.put("wall_speed_up", round(w.median()));
        m.put("wall_speed_up_range", List.of(round(w.min()), round(w.max())));
        m.put("cpu_2_over_1", round(c.median()));
        m.put("cpu_2_over_1_range", List.of(round(c.min()), round(c.max())));
        boolean same = Files.mismatch(one.resolve("runs.csv"), two.resolve("runs.csv")) == -1;
        m.put("identical_runs_csv", same);
        log.accept(String.format(Locale.ROOT, "sweep %s: 1 thread %.2f s wall, 2 threads %.2f s; speed-up %.2f [%.2f..%.2f], "
                        + "CPU 2/1 %.2f; runs.csv identical: %s; load average %s",
                sweep.getFileName(), new Samples(walls(ra)).median(), new Samples(walls(rb)).median(), w.median(), w.min(),
                w.max(), c.median(), same, loads(ra, rb)));
        return m;
    }

    private List<WholeProcess.Run> repeat(WholeProcess wp, List<String> args) throws Exception {
        wp.run(args); // warm-up: file cache, and the launcher's archive after a build
        List<WholeProcess.Run> rs = new ArrayList<>();
        for (int k = 0; k < runs; k++) {
            WholeProcess.Run r = wp.run(args);
            if (r.exitCode() != 0) {
                throw new IOException("'" + String.join(" ", args) + "' exited with " + r.exitCode());
            }
            rs.add(r);
        }
        return rs;
    }

    private static Map<String, Object> summary(List<WholeProcess.Run> rs) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, double[]> cols = new LinkedHashMap<>();
        cols.put("cpu_seconds", rs.stream().mapToDouble(WholeProcess.Run::cpuSeconds).toArray());
        cols.put("wall_seconds", walls(rs));
        cols.put("peak_rss_mb", rs.stream().mapToDouble(WholeProcess.Run::peakRssMb).toArray());
        for (Map.Entry<String, double[]> e : cols.entrySet()) {
            Samples s = new Samples(e.getValue());
            m.put(e.getKey(), round(s.median()));
            m.put(e.getKey() + "_range", List.of(round(s.min()), round(s.max())));
        }
        m.put("load_average_at_start", rs.stream().map(r -> round(r.loadBefore())).toList());
        m.put("runs", rs.size());
        return m;
    }

    private static double[] walls(List<WholeProcess.Run> rs) {
        return rs.stream().mapToDouble(WholeProcess.Run::wallSeconds).toArray();
    }

    private static String loads(List<WholeProcess.Run> a, List<WholeProcess.Run> b) {
        List<Double> l = new ArrayList<>();
        for (int k = 0; k < a.size(); k++) {
            l.add(round(a.get(k).loadBefore()));
            l.add(round(b.get(k).loadBefore()));
        }
        return l.toString();
    }

    private static String line(String what, Map<String, Object> m) {
        return String.format(Locale.ROOT, "%s: CPU %s s %s, wall %s s %s, peak RSS %s MiB %s; load average %s", what,
                m.get("cpu_seconds"), m.get("cpu_seconds_range"), m.get("wall_seconds"), m.get("wall_seconds_range"),
                m.get("peak_rss_mb"), m.get("peak_rss_mb_range"), m.get("load_average_at_start"));
    }

    private static long size(Path p) throws IOException {
        return Files.exists(p) ? Files.size(p) : -1;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}

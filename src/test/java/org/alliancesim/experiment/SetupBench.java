package org.alliancesim.experiment;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.alliancesim.decision.Theories;
import org.alliancesim.model.AllianceModel;
import org.alliancesim.output.EventsWriter;
import org.alliancesim.output.RunAggregate;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioTemplate;

/**
 * Thread CPU of what a {@code run --reps 1} does outside the four phases of the step loop (not a
 * test: timing stays out of the unit tests): loading the scenario, making and starting the six
 * default theories' models, their step 0, and taking each finished run as the run command's
 * outputs do (events.csv's rows to a writer that drops them, the focal ties' survival outcomes,
 * the run aggregate). Passes are repeated in one JVM: the first is what a run pays (classes
 * loaded, the compiler still at work), the later ones are warm. Run from the checkout after
 * {@code mvn test-compile}:
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CICompilerCount=1 \
 *     -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.alliancesim.experiment.SetupBench [FILE.yaml [steps [passes]]]
 * </pre>
 *
 * (with {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt} for the class path; the
 * default file is the 2010 world of the session's references, {@code /work/ref/w2010.yaml}; the
 * runs whose results are taken have {@code steps} steps, 100 by default).
 */
public final class SetupBench {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private SetupBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "/work/ref/w2010.yaml");
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        long seed = Seeds.replication(1, 0);
        List<String> theories = Theories.DEFAULTS;
        List<Replication.Result> results = null;
        for (int pass = 0; pass < passes; pass++) {
            long t0 = MX.getCurrentThreadCpuTime();
            Scenario scenario = ScenarioTemplate.load(file).median(java.util.Map.of());
            long t1 = MX.getCurrentThreadCpuTime();
            List<AllianceModel> models = new ArrayList<>();
            for (String theory : theories) {
                AllianceModel m = new AllianceModel(scenario, theory, seed);
                m.start();
                models.add(m);
            }
            long t2 = MX.getCurrentThreadCpuTime();
            for (AllianceModel m : models) {
                m.schedule.step(m);
            }
            long t3 = MX.getCurrentThreadCpuTime();
            if (results == null) {
                results = new ArrayList<>();
                for (String theory : theories) {
                    results.add(Replication.run(scenario, theory, 0, seed, steps, List.of()));
                }
            }
            long t4 = MX.getCurrentThreadCpuTime();
            RunAggregate agg = new RunAggregate(scenario, steps);
            long rows = 0;
            EventsWriter events = new EventsWriter(scenario);
            try (OutputStream none = OutputStream.nullOutputStream()) {
                for (Replication.Result r : results) {
                    events.write(r, none);
                    rows += r.changes().size();
                    TieOutcome.all(scenario, r);
                    agg.add(r);
                }
            }
            long t5 = MX.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "pass %d  load %.3f  set-up %.3f  step 0 %.3f  taking %d runs (%d events) %.3f s CPU%n",
                    pass + 1, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, results.size(), rows, (t5 - t4) / 1e9);
        }
    }
}

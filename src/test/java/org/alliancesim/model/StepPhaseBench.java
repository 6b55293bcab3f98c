package org.alliancesim.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.alliancesim.decision.Theories;
import org.alliancesim.experiment.Seeds;
import org.alliancesim.scenario.Scenario;
import org.alliancesim.scenario.ScenarioTemplate;
import sim.engine.Steppable;

/**
 * Thread CPU of each phase of the step loop (not a test: timing stays out of the unit tests).
 * Runs a scenario's default theories one after another for a number of steps, as {@code run
 * --reps 1} does, with the model's schedule made again with clocks around the phases: perception
 * with learning (the perceive phase's CPU less its assessment's), the assessment (the phase's
 * assessment made a second time on the same inputs and ties, which gives the same numbers: a warm
 * estimate), the decisions (ordering 1, the agents as MASON shuffles them, so the draws are a
 * run's), and the commitment with and without cause attribution (attribution's cost is the
 * difference of two passes, which make the same ties). The first pass's final ties are checked
 * against a plain {@link AllianceModel#runSteps} of the same seed, so the clocked schedule steps
 * the model as a run does. Passes are repeated in one JVM (the first is what a run pays, the
 * compiler still at work). Run from the checkout after {@code mvn test-compile}:
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CICompilerCount=1 \
 *     -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.alliancesim.model.StepPhaseBench [FILE.yaml [steps [passes]]]
 * </pre>
 *
 * (with {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt} for the class path; the
 * default file is the 2010 world of the session's references, {@code /work/ref/w2010.yaml}).
 */
public final class StepPhaseBench {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static final String[] NAMES = {"perceive+learn", "assess", "decide", "commit"};

    private StepPhaseBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "/work/ref/w2010.yaml");
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        long seed = Seeds.replication(1, 0);
        Scenario scenario = ScenarioTemplate.load(file).median(java.util.Map.of());
        List<String> theories = Theories.DEFAULTS;
        for (int pass = 0; pass < passes; pass++) {
            for (boolean attribute : new boolean[] {true, false}) {
                long[] total = new long[NAMES.length];
                for (int t = 0; t < theories.size(); t++) {
                    long[] ns = new long[NAMES.length];
                    double[][] ties = run(scenario, theories.get(t), seed, steps, attribute, ns);
                    if (pass == 0 && attribute) {
                        AllianceModel plain = new AllianceModel(scenario, theories.get(t), seed);
                        plain.runSteps(steps);
                        check(ties, plain.ties(), theories.get(t));
                    }
                    for (int k = 0; k < ns.length; k++) {
                        total[k] += ns[k];
                    }
                }
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "pass %d attribution %-3s",
                        pass + 1, attribute ? "on" : "off"));
                long sum = 0;
                for (int k = 0; k < NAMES.length; k++) {
                    line.append(String.format(Locale.ROOT, "  %s %.3f", NAMES[k], total[k] / 1e9));
                    sum += total[k];
                }
                line.append(String.format(Locale.ROOT, "  total %.3f s", sum / 1e9));
                System.out.println(line);
            }
        }
    }

    /** One run of one theory with its phases clocked into {@code ns}; the final commitments. */
    private static double[][] run(Scenario scenario, String theory, long seed, int steps, boolean attribute, long[] ns)
            throws ReflectiveOperationException {
        AllianceModel model = new AllianceModel(scenario, theory, seed);
        model.setAttributeCauses(attribute);
        model.start();
        PerceivePhase perceive = (PerceivePhase) field(model, "perceive");
        DecidePhase decide = (DecidePhase) field(model, "decide");
        CommitPhase commit = (CommitPhase) field(model, "commit");
        TieBook ties = model.ties();
        long[] mark = new long[1];
        // the schedule start() made, again, with clocks: same orderings, same agents, same shuffles
        model.schedule.clear();
        model.schedule.scheduleRepeating(0.0, 0, (Steppable) s -> {
            long t0 = MX.getCurrentThreadCpuTime();
            perceive.step(s); // the phase as the schedule steps it, with the run's own random source
            long t1 = MX.getCurrentThreadCpuTime();
            // the assessment again, on the same inputs and ties (the same numbers): its cost, taken
            // out of the phase's; the next phases read the same assessment as without it
            perceive.view().recompute(ties);
            long t2 = MX.getCurrentThreadCpuTime();
            ns[0] += (t1 - t0) - (t2 - t1);
            ns[1] += t2 - t1;
            mark[0] = MX.getCurrentThreadCpuTime();
        }, 1.0);
        int n = scenario.states().size();
        for (int i = 0; i < n; i++) {
            model.schedule.scheduleRepeating(0.0, 1, new StateAgent(decide, i), 1.0);
        }
        model.schedule.scheduleRepeating(0.0, 2, (Steppable) s -> {
            long t0 = MX.getCurrentThreadCpuTime();
            ns[2] += t0 - mark[0];
            commit.run(AllianceModel.stepOf(s));
            ns[3] += MX.getCurrentThreadCpuTime() - t0;
        }, 1.0);
        for (int t = 0; t < steps; t++) {
            model.schedule.step(model);
        }
        double[][] c = new double[n][];
        for (int i = 0; i < n; i++) {
            c[i] = model.ties().commitment[i].clone();
        }
        return c;
    }

    private static void check(double[][] ties, TieBook plain, String theory) {
        for (int i = 0; i < ties.length; i++) {
            if (!Arrays.equals(ties[i], plain.commitment[i])) {
                throw new IllegalStateException(theory + ": the clocked schedule's ties differ from a run's at row " + i);
            }
        }
    }

    private static Object field(Object o, String name) throws ReflectiveOperationException {
        Field f = AllianceModel.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
    }
}

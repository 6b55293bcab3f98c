package org.alliancesim.bench;

import java.io.StringWriter;
import java.util.List;
import org.alliancesim.experiment.RecordMode;
import org.alliancesim.experiment.ReplicationRunner;
import org.alliancesim.experiment.RunRequest;
import org.alliancesim.output.RunAggregate;
import org.alliancesim.output.SummaryWriter;
import org.alliancesim.scenario.Scenario;

/**
 * Whole replications per second of a scenario as {@code run --record none} does them: the
 * scenario parsed once, replications on a thread pool ({@link ReplicationRunner}), no series
 * recorded, results gathered into the summary (which is written to memory, not disk).
 */
public final class ReplicationThroughput {
    private ReplicationThroughput() {
    }

    /**
     * Replications per second, one sample per round (the first round is a warm-up, discarded).
     *
     * @param theories the theories the focal states take in turn
     * @param repsPerRound replications of each theory per round
     */
    public static Samples measure(Scenario scenario, List<String> theories, int steps, int repsPerRound, int rounds,
                                  int threads) throws Exception {
        double[] perSecond = new double[rounds];
        for (int r = -1; r < rounds; r++) {
            RunRequest req = new RunRequest(scenario, theories, repsPerRound, 1 + r, steps, threads, RecordMode.NONE);
            long t0 = System.nanoTime();
            RunAggregate agg = new RunAggregate(scenario, steps);
            ReplicationRunner.run(req, agg::add, done -> { });
            SummaryWriter.write(agg, new StringWriter());
            long t1 = System.nanoTime();
            if (r >= 0) {
                perSecond[r] = req.runs() / ((t1 - t0) / 1e9);
            }
        }
        return new Samples(perSecond);
    }
}

package org.alliancesim.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.Version;
import org.alliancesim.experiment.RecordMode;
import org.alliancesim.experiment.Replication;
import org.alliancesim.experiment.RunRequest;
import org.alliancesim.experiment.SeriesSink;
import org.alliancesim.model.PerceptionNoise;

/**
 * Writes a run's results into an {@link OutputFolder}: {@code series.csv} streamed as the
 * replications make their rows ({@link SeriesFiles}), {@code events.csv} as they finish, in order, then {@code summary.csv}, the stability chart and
 * {@code manifest.json}; with more than one replication also the focal ties' Kaplan–Meier
 * survival ({@code survival.csv}, {@code survival-summary.csv}, {@code survival.png/svg}).
 */
public final class RunOutputs implements AutoCloseable {
    private final OutputFolder folder;
    private final RunRequest request;
    /** {@code series.csv} and, with record mode {@code factors}, {@code factors.csv}, written as the runs go. */
    private final SeriesFiles series;
    private final OutputStream events;
    private final EventsWriter eventRows;
    private final RunAggregate aggregate;
    private final List<Long> seeds = new ArrayList<>();
    private final SurvivalTable survival;

    public RunOutputs(OutputFolder folder, RunRequest request) throws IOException {
        this.folder = folder;
        this.request = request;
        this.series = new SeriesFiles(folder, request.scenario(), request.steps(), request.theories(),
                request.replications(), request.record() == RecordMode.FACTORS);
        this.events = Files.newOutputStream(folder.file("events.csv"));
        events.write((EventsWriter.HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        this.eventRows = new EventsWriter(request.scenario());
        this.aggregate = new RunAggregate(request.scenario(), request.steps());
        var s = request.scenario();
        this.survival = new SurvivalTable(request.theories(), Replication.focalPairLabels(s), request.steps());
    }

    /**
     * Where each replication's series rows go as the replication makes them (to pass to
     * {@link org.alliancesim.experiment.ReplicationRunner}).
     */
    public SeriesSink.Factory series() {
        return series;
    }

    /** Takes one finished replication (called in order: theory by theory, replication by replication). */
    public void accept(Replication.Result r) throws IOException {
        if (request.record() != RecordMode.NONE) {
            series.written(r.theory(), r.replication());
        }
        eventRows.write(r, events);
        aggregate.add(r);
        org.alliancesim.experiment.TieOutcome[] outcomes = org.alliancesim.experiment.TieOutcome.all(request.scenario(), r);
        for (int k = 0; k < outcomes.length; k++) {
            survival.add(r.theory(), k, outcomes[k]);
        }
        if (r.theory().equals(request.theories().get(0))) {
            seeds.add(r.seed());
        }
    }

    public RunAggregate aggregate() {
        return aggregate;
    }

    /** Writes the summaries, chart and manifest; the folder is then ready to commit. */
    public void finish(String commandLine) throws IOException {
        series.finish();
        events.close();
        try (OutputStream w = Files.newOutputStream(folder.file("summary.csv"))) {
            SummaryWriter.write(aggregate, w);
        }
        StabilityChart.build(aggregate).save(folder.file("stability.png"), folder.file("stability.svg"));
        if (request.replications() > 1) {
            try (Writer w = Files.newBufferedWriter(folder.file("survival.csv"), StandardCharsets.UTF_8)) {
                survival.writeCurves(w);
            }
            try (Writer w = Files.newBufferedWriter(folder.file("survival-summary.csv"), StandardCharsets.UTF_8)) {
                survival.writeSummary(w);
            }
            SurvivalChart.build(survival, request.scenario().time(), Titles.of(request.scenario())
                    + ": survival of the focal ties").save(folder.file("survival.png"), folder.file("survival.svg"));
        }
        Files.writeString(folder.file("manifest.json"), Json.write(manifest(commandLine)), StandardCharsets.UTF_8);
    }

    private Map<String, Object> manifest(String commandLine) {
        var s = request.scenario();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", Version.get());
        m.put("command", commandLine);
        m.put("scenario", Map.of("file", s.source(), "sha256", s.sha256(), "name", s.name()));
        m.put("theories", request.theories());
        m.put("replications", request.replications());
        m.put("seed", request.seed());
        m.put("replicationSeeds", seeds);
        m.put("steps", request.steps());
        m.put("threads", request.threads());
        m.put("record", request.record());
        m.put("focal", s.focal());
        m.put("parameters", s.parameters());
        m.put("perceptionNoise", PerceptionNoise.describe(s.parameters().perception().generator()));
        m.put("java", System.getProperty("java.version"));
        return m;
    }

    @Override
    public void close() throws IOException {
        try (SeriesFiles s = series; OutputStream e = events) {
            // both closed, even when one fails
        }
    }
}

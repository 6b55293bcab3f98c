package org.alliancesim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancesim.Version;
import org.alliancesim.experiment.Replication;
import org.alliancesim.experiment.RunRequest;

/**
 * Writes a run's results into an {@link OutputFolder}: {@code series.csv} and {@code events.csv}
 * streamed as replications arrive in order, then {@code summary.csv}, the stability chart and
 * {@code manifest.json}; with more than one replication also the focal ties' Kaplan–Meier
 * survival ({@code survival.csv}, {@code survival-summary.csv}, {@code survival.png/svg}).
 */
public final class RunOutputs implements AutoCloseable {
    private final OutputFolder folder;
    private final RunRequest request;
    private final Writer series;
    private final Writer events;
    /** {@code factors.csv}, written only when the record mode is {@code factors} (else null). */
    private final Writer factors;
    private final RunAggregate aggregate;
    private final List<Long> seeds = new ArrayList<>();
    private final SurvivalTable survival;

    public RunOutputs(OutputFolder folder, RunRequest request) throws IOException {
        this.folder = folder;
        this.request = request;
        this.series = Files.newBufferedWriter(folder.file("series.csv"), StandardCharsets.UTF_8);
        this.events = Files.newBufferedWriter(folder.file("events.csv"), StandardCharsets.UTF_8);
        series.write(org.alliancesim.experiment.SeriesRecorder.HEADER + "\n");
        events.write(EventsWriter.HEADER + "\n");
        if (request.record() == org.alliancesim.experiment.RecordMode.FACTORS) {
            this.factors = Files.newBufferedWriter(folder.file("factors.csv"), StandardCharsets.UTF_8);
            factors.write(org.alliancesim.experiment.SeriesRecorder.FACTORS_HEADER + "\n");
        } else {
            this.factors = null;
        }
        this.aggregate = new RunAggregate(request.scenario(), request.steps());
        var s = request.scenario();
        this.survival = new SurvivalTable(request.theories(), Replication.focalPairLabels(s), request.steps());
    }

    /** Takes one finished replication (called in order). */
    public void accept(Replication.Result r, CharSequence seriesRows, CharSequence factorRows) throws IOException {
        series.append(seriesRows);
        if (factors != null) {
            factors.append(factorRows);
        }
        EventsWriter.write(request.scenario(), r, events);
        aggregate.add(r);
        for (int k = 0; k < r.focalPairs().size(); k++) {
            survival.add(r.theory(), k, org.alliancesim.experiment.TieOutcome.of(request.scenario(), r, k));
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
        series.close();
        events.close();
        if (factors != null) {
            factors.close();
        }
        try (BufferedWriter w = Files.newBufferedWriter(folder.file("summary.csv"), StandardCharsets.UTF_8)) {
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
        m.put("java", System.getProperty("java.version"));
        return m;
    }

    @Override
    public void close() throws IOException {
        series.close();
        events.close();
        if (factors != null) {
            factors.close();
        }
    }
}

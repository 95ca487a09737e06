package dev.newsflow.bench;

import dev.newsflow.bench.feed.Corpus;
import dev.newsflow.bench.feed.Feeder;
import dev.newsflow.bench.feed.InboxFeeder;
import dev.newsflow.bench.feed.LoadPlan;
import dev.newsflow.bench.feed.RawTopicFeeder;
import dev.newsflow.bench.feed.RunMarker;
import dev.newsflow.bench.observe.ServiceMetrics;
import dev.newsflow.bench.observe.StoreApi;
import dev.newsflow.bench.observe.StoreProbe;
import dev.newsflow.bench.observe.Timeline;
import dev.newsflow.bench.observe.TopicWatcher;
import dev.newsflow.bench.report.ReportPrinter;
import dev.newsflow.bench.report.RunResult;
import dev.newsflow.events.EventJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Feeds a running newsflow pipeline and reports throughput and latency per stage. See BENCHMARKS.md. */
@Command(name = "pipeline-bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Feeds N articles into a running newsflow pipeline (on this machine only) and reports "
                + "articles/s per stage and p50/p95/p99 latency (ingestedAt -> enrichedAt -> stored).")
public final class PipelineBench implements Callable<Integer> {

    enum Mode { inbox, raw }

    @Option(names = "--corpus", defaultValue = "../shared/corpus/bench.jsonl",
            description = "JSON Lines, one {title, body} per line (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = {"-n", "--count"}, defaultValue = "1800", description = "articles to feed, 1..100000 (default: ${DEFAULT-VALUE}); the corpus repeats when shorter")
    int count;

    @Option(names = "--mode", defaultValue = "inbox",
            description = "inbox: .jsonl files into ingest's inbox; raw: events straight to news.articles.raw.v1 (enrich + store only). Default: ${DEFAULT-VALUE}")
    Mode mode;

    @Option(names = "--batch", defaultValue = "50", description = "articles per inbox file / per producer flush (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--rate", defaultValue = "0", description = "articles/s offered; 0 feeds as fast as possible (default)")
    double rate;

    @Option(names = "--inbox", defaultValue = "${env:NEWSFLOW_HOME:-./var}/inbox", description = "default: ${DEFAULT-VALUE}")
    Path inbox;

    @Option(names = "--bootstrap-servers", defaultValue = "${env:NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS:-localhost:${env:NEWSFLOW_KAFKA_PORT:-19092}}",
            description = "default: ${DEFAULT-VALUE}")
    String bootstrapServers;

    @Option(names = "--ingest-url", defaultValue = "http://localhost:${env:NEWSFLOW_INGEST_PORT:-8081}", description = "default: ${DEFAULT-VALUE}")
    URI ingestUrl;

    @Option(names = "--enrich-url", defaultValue = "http://localhost:${env:NEWSFLOW_ENRICH_PORT:-8082}", description = "default: ${DEFAULT-VALUE}")
    URI enrichUrl;

    @Option(names = "--store-url", defaultValue = "http://localhost:${env:NEWSFLOW_STORE_PORT:-8083}", description = "default: ${DEFAULT-VALUE}")
    URI storeUrl;

    @Option(names = "--timeout", defaultValue = "PT10M", description = "longest wait for the last article, ISO-8601, at most PT1H (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Option(names = "--stall", defaultValue = "PT60S", description = "give up when no stage moves for this long (default: ${DEFAULT-VALUE})")
    Duration stall;

    @Option(names = "--probe-interval", defaultValue = "PT0.1S", description = "pause between store probe rounds (default: ${DEFAULT-VALUE})")
    Duration probeInterval;

    public static void main(String[] args) {
        CommandLine command = new CommandLine(new PipelineBench())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("pipeline-bench: " + e.getMessage());
                    return 2;
                });
        System.exit(command.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        validate();
        EventJson json = new EventJson();
        Clock clock = Clock.systemUTC();
        RunMarker marker = RunMarker.random();
        LoadPlan plan = LoadPlan.of(new Corpus(json.mapper()).read(corpus), count, batch, marker);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        StoreApi store = new StoreApi(http, storeUrl, json.mapper());
        Timeline timeline = new Timeline(plan.size());
        Map<String, URI> services = new LinkedHashMap<>();
        services.put("ingest-service", ingestUrl);
        services.put("enrich-service", enrichUrl);
        services.put("store-service", storeUrl);
        try (Feeder feeder = feeder(marker, json, clock);
             TopicWatcher watcher = new TopicWatcher(bootstrapServers, marker, timeline, json, clock)) {
            RunResult result = new BenchRun(plan, feeder, timeline, watcher,
                    new StoreProbe(store, timeline, clock, probeInterval), store, new ServiceMetrics(http, services),
                    clock, System.err).run(marker.runId(), rate, timeout, stall);
            new ReportPrinter(System.out).print(result);
            return result.outcome().equals("complete") ? 0 : 1;
        }
    }

    private Feeder feeder(RunMarker marker, EventJson json, Clock clock) {
        return switch (mode) {
            case inbox -> new InboxFeeder(inbox, marker.runId(), json.mapper(), clock);
            case raw -> new RawTopicFeeder(bootstrapServers, json, clock);
        };
    }

    private void validate() {
        if (count < 1 || count > 100_000) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--count must be in 1..100000");
        }
        if (timeout.isNegative() || timeout.compareTo(Duration.ofHours(1)) > 0) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--timeout must be at most PT1H");
        }
        if (batch < 1 || rate < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--batch must be >= 1 and --rate >= 0");
        }
        LocalTargets.requireLoopback(List.of(ingestUrl, enrichUrl, storeUrl), bootstrapServers);
    }
}

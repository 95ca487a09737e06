package dev.newsflow.bench;

import dev.newsflow.bench.feed.Corpus;
import dev.newsflow.bench.feed.EnrichedTopicFeeder;
import dev.newsflow.bench.feed.Feeder;
import dev.newsflow.bench.feed.FileLayout;
import dev.newsflow.bench.feed.InboxFeeder;
import dev.newsflow.bench.feed.LoadPlan;
import dev.newsflow.bench.feed.RawTopicFeeder;
import dev.newsflow.bench.feed.RunMarker;
import dev.newsflow.bench.observe.GroupOffsets;
import dev.newsflow.bench.observe.LoadAverage;
import dev.newsflow.bench.observe.ProcessUsage;
import dev.newsflow.bench.observe.ProducerPerfReference;
import dev.newsflow.bench.observe.ServiceMetrics;
import dev.newsflow.bench.observe.StoreApi;
import dev.newsflow.bench.observe.StoreProbe;
import dev.newsflow.bench.observe.StoredTotal;
import dev.newsflow.bench.observe.Timeline;
import dev.newsflow.bench.observe.TopicWatcher;
import dev.newsflow.bench.report.ReportPrinter;
import dev.newsflow.bench.report.RunResult;
import dev.newsflow.bench.report.SummaryTable;
import dev.newsflow.events.Topics;
import dev.newsflow.events.EventJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.OptionalDouble;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
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

    enum Mode { inbox, raw, enriched }

    private static final List<String> COMPONENTS = List.of("local-kafka", "ingest-service", "enrich-service",
            "store-service");

    @Option(names = "--corpus", defaultValue = "../shared/corpus/bench.jsonl",
            description = "JSON Lines, one {title, body} per line (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = {"-n", "--count"}, defaultValue = "1800", description = "articles to feed, 1..100000 (default: ${DEFAULT-VALUE}); the corpus repeats when shorter")
    int count;

    @Option(names = "--mode", defaultValue = "inbox",
            description = "inbox: .jsonl files into ingest's inbox; raw: events straight to news.articles.raw.v1 (enrich + store only); enriched: events straight to news.articles.enriched.v1 (store only, synthetic entities). Default: ${DEFAULT-VALUE}")
    Mode mode;

    @Option(names = "--files", defaultValue = "jsonl",
            description = "inbox mode: jsonl (--batch articles per .jsonl file) or single (one .txt file per article, what users drop). Default: ${DEFAULT-VALUE}")
    FileLayout files;

    @Option(names = "--batch", defaultValue = "50", description = "articles per inbox file / per producer flush; with --files single, articles fed at once (default: ${DEFAULT-VALUE})")
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

    @Option(names = "--run-dir", defaultValue = "${env:NEWSFLOW_HOME:-./var}/run",
            description = "pid files of ./newsflow start, for peak RSS and CPU per process (default: ${DEFAULT-VALUE})")
    Path runDir;

    @Option(names = "--reference-records", defaultValue = "20000",
            description = "records Kafka's ProducerPerformance sends after the run, at the mean raw record size; 0 skips it (default: ${DEFAULT-VALUE})")
    int referenceRecords;

    @Option(names = "--kafka-classpath", defaultValue = "local-kafka/target/lib/*",
            description = "class path holding kafka-tools, for ProducerPerformance (default: ${DEFAULT-VALUE}, built by ./newsflow build)")
    String kafkaClasspath;

    @Option(names = "--probe-interval", defaultValue = "PT0.05S",
            description = "pause between reads of the store's committed offsets; a stored time is late by up to one (default: ${DEFAULT-VALUE})")
    Duration probeInterval;

    @Option(names = "--store-group", defaultValue = "newsflow-store",
            description = "store-service's consumer group, whose committed offsets tell what is stored (default: ${DEFAULT-VALUE})")
    String storeGroup;

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
        // the checks after a run ask the store for each article it should have, on the cores the pipeline runs on: plain
        // HTTP/1.1 kept alive (no h2c upgrade offered), each response finished on the thread that got it, not a pool
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).executor(Runnable::run).build();
        StoreApi store = new StoreApi(http, storeUrl, json.mapper());
        Timeline timeline = new Timeline(plan.size());
        Map<String, URI> services = new LinkedHashMap<>();
        services.put("ingest-service", ingestUrl);
        services.put("enrich-service", enrichUrl);
        services.put("store-service", storeUrl);
        Feeder feeder = feeder(marker, json, clock);
        // Ctrl-C or a kill skips the close below: the inbox feeder's hidden folder may hold up to --count files
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("close-feeder").unstarted(feeder::close));
        try (feeder;
             GroupOffsets storedOffsets = new GroupOffsets(bootstrapServers, storeGroup);
             TopicWatcher watcher = new TopicWatcher(bootstrapServers,
                     mode == Mode.enriched ? List.of(Topics.ENRICHED_ARTICLES) : TopicWatcher.BOTH, marker, timeline, json, clock)) {
            feeder.prepare(plan);
            Map<String, Long> pids = ProcessUsage.pidsIn(runDir, COMPONENTS);
            pids.put(SummaryTable.LOAD_GENERATOR, ProcessHandle.current().pid());
            ProcessUsage usage = new ProcessUsage(pids, Duration.ofMillis(200));
            String loadBefore = LoadAverage.oneMinute();
            Thread sampling = Thread.ofPlatform().name("process-usage").start(usage);
            RunResult result;
            try {
                result = new BenchRun(plan, feeder, timeline, watcher,
                        new StoreProbe(storedOffsets, store, timeline, clock, probeInterval),
                        new StoredTotal(store, StoredTotal.PAUSES, System.err), new ServiceMetrics(http, services),
                        usage, clock, System.err).run(marker.runId(), rate, timeout, stall);
            } finally {
                usage.stop();
                sampling.join();
            }
            String loadAfter = LoadAverage.oneMinute();
            new ReportPrinter(System.out).print(result);
            int recordBytes = watcher.meanRawRecordBytes();
            OptionalDouble reference = reference(recordBytes);
            new SummaryTable(describeFiles(), reference, recordBytes, usage.usage(), loadBefore + "→" + loadAfter)
                    .print(result, clock.instant().truncatedTo(ChronoUnit.MINUTES).toString(), System.out);
            boolean exact = result.exactlyOnce();
            if (!exact) {
                System.err.println("pipeline-bench: articles lost or duplicated (see the checks line)");
            }
            return result.outcome().equals("complete") && exact ? 0 : 1;
        }
    }

    private String describeFiles() {
        return switch (mode) {
            case raw -> "raw topic, " + batch + " per flush";
            case enriched -> "enriched topic (store only), " + batch + " per flush";
            case inbox -> files == FileLayout.single ? "single .txt" : "jsonl × " + batch;
        };
    }

    private OptionalDouble reference(int recordBytes) throws Exception {
        if (referenceRecords <= 0 || recordBytes <= 0) {
            return OptionalDouble.empty();
        }
        String topic = "nfbench-producer-performance";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            int partitions = admin.describeTopics(List.of(Topics.RAW_ARTICLES)).allTopicNames().get()
                    .get(Topics.RAW_ARTICLES).partitions().size();
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
            try {
                System.err.printf("ProducerPerformance: %d records of %d bytes, %d partitions%n", referenceRecords,
                        recordBytes, partitions);
                return new ProducerPerfReference(Path.of(System.getProperty("java.home"), "bin", "java"),
                        kafkaClasspath, bootstrapServers).run(topic, referenceRecords, recordBytes);
            } finally {
                admin.deleteTopics(List.of(topic)).all().get();
            }
        }
    }

    private Feeder feeder(RunMarker marker, EventJson json, Clock clock) {
        return switch (mode) {
            case inbox -> new InboxFeeder(inbox, marker.runId(), json.mapper(), clock, files, System.err);
            case raw -> new RawTopicFeeder(bootstrapServers, json, clock);
            case enriched -> new EnrichedTopicFeeder(bootstrapServers, json, clock);
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

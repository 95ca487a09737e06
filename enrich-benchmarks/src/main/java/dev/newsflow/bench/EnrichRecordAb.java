package dev.newsflow.bench;

import dev.newsflow.events.ArticleId;
import dev.newsflow.events.EventJson;
import tools.jackson.databind.node.ObjectNode;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.newsflow.bench.BootJarClasses.accessible;

/**
 * CPU per article of enrich-service's work around the engine, for two builds of its jar in turn
 * ({@link PairedRounds}), as {@link EngineAb} does for the engine: reading a raw record through the contract
 * ({@code RawArticleReader}) and checking and serialising the enriched record ({@code SchemaGuard}), the per-record
 * work the analysis threads do besides the engine. Each jar's classes and libraries are unpacked into their own class loader; the engine runs once per
 * article at set-up, so its time stays out of the figure. Kafka's client, transactions and tracing are not in it.
 * Prints each build's median CPU-µs per article and the median of the per-round ratios B/A, after 5 warm-up rounds.
 *
 * <pre>java -Xmx1g -XX:+UseSerialGC -cp benchmarks.jar dev.newsflow.bench.EnrichRecordAb a.jar b.jar corpus.jsonl [rounds]</pre>
 */
public final class EnrichRecordAb {

    private static final int WARM_UP = 5;

    private EnrichRecordAb() {
    }

    public static void main(String[] args) throws Exception {
        List<byte[]> raws = rawRecords(BenchCorpus.read(Path.of(args[2])).articles());
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        Build[] builds = {new Build(Path.of(args[0]), raws), new Build(Path.of(args[1]), raws)};
        long[] checksum = {0};
        PairedRounds.Result result = PairedRounds.run(WARM_UP, rounds, build -> {
            checksum[0] += builds[build].round();
            return raws.size();
        });
        for (int b = 0; b < 2; b++) {
            System.out.println(args[b] + ": " + result.costPerUnit(b, "article"));
        }
        System.out.printf("B/A per round: %s (%d rounds, %d articles; %d)%n", result.costRatioRange(), rounds,
                raws.size(), checksum[0]);
    }

    /** The corpus as ingest publishes it: an id from the text, an origin, an ingest time. */
    static List<byte[]> rawRecords(List<BenchCorpus.Article> articles) throws Exception {
        EventJson json = new EventJson();
        List<byte[]> raws = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            BenchCorpus.Article a = articles.get(i);
            ObjectNode raw = json.mapper().createObjectNode()
                    .put("id", ArticleId.of(a.title(), a.body()))
                    .put("title", a.title())
                    .put("body", a.body())
                    .put("ingestedAt", "2026-12-03T12:00:00.123456Z");
            raw.putObject("origin").put("fileName", "article-" + i + ".txt").put("format", "txt")
                    .put("sizeBytes", a.body().length());
            raws.add(json.mapper().writeValueAsBytes(raw));
        }
        return raws;
    }

    /** One enrich-service jar: its reader and schema guard, and the corpus's records enriched once by its engine. */
    private static final class Build {
        private final Object reader;
        private final Method read;
        private final Object guard;
        private final Method check;
        private final Method json;
        private final List<Object> records = new ArrayList<>();
        private final List<Object> enriched = new ArrayList<>();

        Build(Path jar, List<byte[]> raws) throws Exception {
            ClassLoader loader = BootJarClasses.load(jar);
            Object eventJson = loader.loadClass("dev.newsflow.events.EventJson").getConstructor().newInstance();
            Class<?> validatorClass = loader.loadClass("dev.newsflow.events.validation.RecordValidator");
            Object validator = validatorClass.getConstructor().newInstance();
            Class<?> readerClass = loader.loadClass("dev.newsflow.enrich.pipeline.RawArticleReader");
            reader = accessible(readerClass.getDeclaredConstructor(eventJson.getClass(), validatorClass))
                    .newInstance(eventJson, validator);
            Class<?> recordClass = loader.loadClass("org.apache.kafka.clients.consumer.ConsumerRecord");
            read = accessible(readerClass.getDeclaredMethod("read", recordClass));
            Class<?> guardClass = loader.loadClass("dev.newsflow.enrich.contract.SchemaGuard");
            guard = guardClass.getConstructor(validatorClass, eventJson.getClass()).newInstance(validator, eventJson);
            Class<?> enrichedClass = loader.loadClass("dev.newsflow.events.ArticleEnriched");
            check = guardClass.getMethod("check", enrichedClass);
            json = loader.loadClass("dev.newsflow.enrich.contract.ValidRecord").getMethod("json");
            Constructor<?> newRecord = recordClass.getConstructor(String.class, int.class, long.class, Object.class,
                    Object.class);
            Object enricher = enricher(loader);
            Method enrich = accessible(enricher.getClass().getDeclaredMethod("enrich",
                    loader.loadClass("dev.newsflow.events.ArticleIngested")));
            for (int i = 0; i < raws.size(); i++) {
                Object record = newRecord.newInstance("news.articles.raw.v1", 0, (long) i, null, raws.get(i));
                records.add(record);
                enriched.add(enrich.invoke(enricher, read.invoke(reader, record)));
            }
        }

        /** Reads every raw record and checks every enriched one; returns a checksum so none of it is dead code. */
        long round() throws Exception {
            long sum = 0;
            for (int i = 0; i < records.size(); i++) {
                sum += read.invoke(reader, records.get(i)).hashCode() & 1;
                sum += ((byte[]) json.invoke(check.invoke(guard, enriched.get(i)))).length;
            }
            return sum;
        }

        private static Object enricher(ClassLoader loader) throws Exception {
            Class<?> analyzerClass = loader.loadClass("dev.newsflow.nlp.ArticleAnalyzer");
            Object analyzer = loader.loadClass("dev.newsflow.nlp.NewsAnalyzer").getMethod("load").invoke(null);
            Class<?> registryClass = loader.loadClass("io.micrometer.core.instrument.MeterRegistry");
            Object registry = loader.loadClass("io.micrometer.core.instrument.simple.SimpleMeterRegistry")
                    .getConstructor().newInstance();
            Class<?> metricsClass = loader.loadClass("dev.newsflow.enrich.metrics.EnrichMetrics");
            Object metrics = metricsClass.getConstructor(registryClass).newInstance(registry);
            Class<?> enricherClass = loader.loadClass("dev.newsflow.enrich.pipeline.ArticleEnricher");
            return accessible(enricherClass.getDeclaredConstructor(analyzerClass, metricsClass, java.time.Clock.class))
                    .newInstance(analyzer, metrics, java.time.Clock.systemUTC());
        }
    }
}

package dev.newsflow.bench;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.newsflow.bench.BootJarClasses.accessible;

/**
 * CPU per article of the contract check at ingest and at the store, for two builds of that service's jar in turn
 * ({@link PairedRounds}), as {@link EnrichRecordAb} measures enrich's. {@code store}: {@code EnrichedArticleDecoder}
 * on each enriched record's bytes (parse, validate {@code article-enriched.v1} with the store's rules, bind), the
 * records being lines of a file such as {@code analyze}'s output. {@code ingest}: {@code RawContract} on each article
 * of the corpus alone, as a one-article file (to a tree, validate {@code article-ingested.v1}). Kafka, the database and
 * the readers are not in it. Prints each build's median CPU-µs per article and the median per-round ratio B/A.
 *
 * <pre>java -XX:+UseSerialGC -cp benchmarks.jar dev.newsflow.bench.ContractAb store a.jar b.jar enriched.jsonl [rounds]
 * java -XX:+UseSerialGC -cp benchmarks.jar dev.newsflow.bench.ContractAb ingest a.jar b.jar corpus.jsonl [rounds]</pre>
 */
public final class ContractAb {

    private static final int WARM_UP = 5;

    private ContractAb() {
    }

    /** One build's check: one round over every input, returning a checksum so none of it is dead code. */
    private interface Check {
        long round() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        boolean store = switch (args[0]) {
            case "store" -> true;
            case "ingest" -> false;
            default -> throw new IllegalArgumentException("store or ingest, not " + args[0]);
        };
        List<byte[]> inputs = store ? lines(Path.of(args[3]))
                : EnrichRecordAb.rawRecords(BenchCorpus.read(Path.of(args[3])).articles());
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        Check[] builds = new Check[2];
        for (int b = 0; b < 2; b++) {
            ClassLoader loader = BootJarClasses.load(Path.of(args[1 + b]));
            builds[b] = store ? storeCheck(loader, inputs) : ingestCheck(loader, inputs);
        }
        long[] checksum = {0};
        PairedRounds.Result result = PairedRounds.run(WARM_UP, rounds, build -> {
            checksum[0] += builds[build].round();
            return inputs.size();
        });
        for (int b = 0; b < 2; b++) {
            System.out.println(args[1 + b] + ": " + result.costPerUnit(b, "article"));
        }
        System.out.printf("%s B/A per round: %s (%d rounds, %d articles; %d)%n", args[0], result.costRatioRange(),
                rounds, inputs.size(), checksum[0]);
    }

    private static List<byte[]> lines(Path file) throws Exception {
        List<byte[]> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                lines.add(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static Check storeCheck(ClassLoader loader, List<byte[]> records) throws Exception {
        Object json = loader.loadClass("dev.newsflow.events.EventJson").getConstructor().newInstance();
        Class<?> validatorClass = loader.loadClass("dev.newsflow.events.validation.RecordValidator");
        Class<?> registryClass = loader.loadClass("io.micrometer.core.instrument.MeterRegistry");
        Object registry = loader.loadClass("io.micrometer.core.instrument.simple.SimpleMeterRegistry")
                .getConstructor().newInstance();
        Class<?> metricsClass = loader.loadClass("dev.newsflow.store.consume.StoreMetrics");
        Object metrics = accessible(metricsClass.getDeclaredConstructor(registryClass)).newInstance(registry);
        Class<?> decoderClass = loader.loadClass("dev.newsflow.store.consume.EnrichedArticleDecoder");
        Object decoder = accessible(decoderClass.getDeclaredConstructor(json.getClass(), metricsClass, validatorClass))
                .newInstance(json, metrics, validatorClass.getConstructor().newInstance());
        Method decode = accessible(decoderClass.getDeclaredMethod("decode", byte[].class, Instant.class));
        Instant received = Instant.parse("2026-12-03T12:00:01Z");
        return () -> {
            long sum = 0;
            for (byte[] record : records) {
                sum += decode.invoke(decoder, record, received).hashCode() & 1;
            }
            return sum;
        };
    }

    private static Check ingestCheck(ClassLoader loader, List<byte[]> raws) throws Exception {
        Object json = loader.loadClass("dev.newsflow.events.EventJson").getConstructor().newInstance();
        Class<?> articleClass = loader.loadClass("dev.newsflow.events.ArticleIngested");
        Method read = json.getClass().getMethod("read", byte[].class, Class.class);
        List<List<Object>> articles = new ArrayList<>();
        for (byte[] raw : raws) {
            articles.add(List.of(read.invoke(json, raw, articleClass)));
        }
        Class<?> resultClass = loader.loadClass("dev.newsflow.formats.FormatResult");
        Object result = resultClass.getConstructor(String.class, List.class, List.class, int.class)
                .newInstance("txt", List.of(), List.of(), 0);
        Class<?> validatorClass = loader.loadClass("dev.newsflow.events.validation.RecordValidator");
        Class<?> contractClass = loader.loadClass("dev.newsflow.ingest.read.RawContract");
        Object contract = accessible(contractClass.getDeclaredConstructor(validatorClass, json.getClass()))
                .newInstance(validatorClass.getConstructor().newInstance(), json);
        Method check = accessible(contractClass.getDeclaredMethod("check", resultClass, List.class));
        return () -> {
            long sum = 0;
            for (List<Object> article : articles) {
                sum += check.invoke(contract, result, article).hashCode() & 1;
            }
            return sum;
        };
    }
}

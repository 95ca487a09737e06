package dev.newsflow.store.bench;

import dev.newsflow.events.EntityType;
import dev.newsflow.store.StoreApplication;
import dev.newsflow.store.TestArticles;
import dev.newsflow.store.article.ArticleWriter;
import dev.newsflow.store.article.IncomingArticle;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * CPU per article of the store's write path alone ({@link ArticleWriter#storeAll}, batches of 500 as a full poll
 * brings): the whole process's CPU time, so H2's own threads count, over {@code measured} articles stored after
 * {@code warmUp} (which also grows the database, since page writes grow with it). Kafka and record decoding are
 * left out: {@code pipeline-bench --mode enriched} measures the whole store. A program, not a test; see
 * BENCHMARKS.md. Arguments: JDBC URL, user, password, [warm-up articles, default 10000], [measured, default 5000], [articles per
 * transaction, default 500].
 */
public final class WritePathBenchmark {

    private static final int ENTITIES_PER_ARTICLE = 12;

    private WritePathBenchmark() {
    }

    public static void main(String[] args) {
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        int measured = args.length > 4 ? Integer.parseInt(args[4]) : 5_000;
        int batchSize = args.length > 5 ? Integer.parseInt(args[5]) : 500;
        try (ConfigurableApplicationContext store = new SpringApplicationBuilder(StoreApplication.class).run(
                "--spring.datasource.url=" + args[0], "--spring.datasource.username=" + args[1],
                "--spring.datasource.password=" + args[2], "--spring.kafka.listener.auto-startup=false",
                "--spring.kafka.admin.auto-create=false", "--server.port=0", "--logging.level.root=WARN")) {
            ArticleWriter writer = store.getBean(ArticleWriter.class);
            Random random = new Random(42);
            double[] zipf = EntityPageBenchmark.zipf();
            long run = System.currentTimeMillis(); // new ids on every run against the same database
            store(writer, articles(run, 0, warmUp, batchSize, zipf, random));
            List<List<IncomingArticle>> batches = articles(run, warmUp, measured, batchSize, zipf, random);
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            // allocation does not depend on the machine's load as CPU time does: a second figure for a busy machine
            var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long cpu0 = os.getProcessCpuTime();
            long allocated0 = threads.getTotalThreadAllocatedBytes();
            long wall0 = System.nanoTime();
            store(writer, batches);
            double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6;
            double allocatedKb = (threads.getTotalThreadAllocatedBytes() - allocated0) / 1024.0;
            double wallMs = (System.nanoTime() - wall0) / 1e6;
            System.out.printf("write path: %d articles after %d of warm-up, %d entities each, %d per transaction: %.2f CPU ms per article,"
                    + " %.0f KB allocated per article, %.0f articles per wall second%n", measured, warmUp, ENTITIES_PER_ARTICLE,
                    batchSize, cpuMs / measured, allocatedKb / measured, measured / (wallMs / 1000));
        }
    }

    private static void store(ArticleWriter writer, List<List<IncomingArticle>> batches) {
        batches.forEach(writer::storeAll);
    }

    /** Articles of news length (~2,500 characters) naming Zipf-distributed entities, in batches. */
    private static List<List<IncomingArticle>> articles(long run, int from, int count, int batchSize,
            double[] zipf, Random random) {
        List<List<IncomingArticle>> batches = new ArrayList<>();
        List<IncomingArticle> batch = new ArrayList<>();
        Instant start = Instant.parse("2025-01-01T08:00:00Z");
        String paragraph = "The committee met again on the matter and heard from residents, officials and experts. ";
        for (int i = from; i < from + count; i++) {
            var article = TestArticles.article("Write path report " + run + "-" + i).body(paragraph.repeat(28) + i)
                    .published(start.plusSeconds(i * 30L)).ingested(start.plusSeconds(i * 30L));
            for (int e = 0; e < ENTITIES_PER_ARTICLE; e++) {
                int k = Arrays.binarySearch(zipf, random.nextDouble());
                k = k < 0 ? -k - 1 : k;
                EntityType type = EntityPageBenchmark.typeOf(k);
                article.entity(EntityPageBenchmark.name(k), type, 1 + k % 3, (k % 7 - 3) / 10.0, "alias " + k);
            }
            batch.add(article.incoming());
            if (batch.size() == batchSize) {
                batches.add(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }
}

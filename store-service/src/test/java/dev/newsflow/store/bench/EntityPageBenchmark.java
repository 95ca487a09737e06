package dev.newsflow.store.bench;

import dev.newsflow.events.EntityType;
import dev.newsflow.store.StoreApplication;
import dev.newsflow.store.TestArticles;
import dev.newsflow.store.article.ArticleWriter;
import dev.newsflow.store.article.LinkNumbers;
import dev.newsflow.store.article.IncomingArticle;
import dev.newsflow.store.db.SqlDialect;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Times {@code GET /api/entities/{name}} on a store holding a given number of synthetic articles (seeded once into
 * its own schema, kept for re-runs), and prints the plans of the entity page's queries. A program, not a test: see
 * BENCHMARKS.md for the command. Arguments: JDBC URL, user, password, [articles, default 100000]. On H2 the URL
 * creates the schema ({@code ;INIT=CREATE SCHEMA IF NOT EXISTS store_bench}): the pool sets it before Flyway runs.
 */
public final class EntityPageBenchmark {

    private static final String SCHEMA = "store_bench";
    private static final int VOCABULARY = 5_000;
    private static final int ENTITIES_PER_ARTICLE = 6;
    private static final int WARM_UP = 50;
    private static final int CALLS = 200;

    private EntityPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        // command-line arguments, which outrank application.yml (default properties would not)
        try (ConfigurableApplicationContext store = new SpringApplicationBuilder(StoreApplication.class).run(
                "--spring.datasource.url=" + args[0], "--spring.datasource.username=" + args[1],
                "--spring.datasource.password=" + args[2], "--spring.datasource.hikari.schema=" + SCHEMA,
                "--spring.flyway.schemas=" + SCHEMA, "--spring.kafka.listener.auto-startup=false",
                "--spring.kafka.admin.auto-create=false", "--server.port=0", "--logging.level.root=WARN")) {
            JdbcClient jdbc = store.getBean(JdbcClient.class);
            seed(store.getBean(ArticleWriter.class), jdbc, articles);
            jdbc.sql(args[0].startsWith("jdbc:h2:") ? "ANALYZE" : "VACUUM ANALYZE").update();
            int port = ((WebServerApplicationContext) store).getWebServer().getPort();
            System.out.printf("%d articles, %d entities, %d links%n", count(jdbc, "article"), count(jdbc, "entity"),
                    count(jdbc, "article_link"));
            for (int rank : new int[] {1, 10, 100, 1000}) {
                time(port, name(rank - 1), "rank " + rank);
            }
            time(port, "geo:geonames:1000000", "rank 1 by id");
            time(port, "Nowhere In Particular", "unknown name");
            explain(jdbc, store.getBean(SqlDialect.class), "geo:geonames:1000000");
        }
    }

    /** Entity k of the vocabulary: every third (the most frequent first) a place with a GeoNames-style id, the rest
     * people and organisations with derived ids. */
    static String name(int k) {
        return "Synthetic " + typeOf(k).name().toLowerCase() + " " + k;
    }

    static EntityType typeOf(int k) {
        return switch (k % 3) {
            case 0 -> EntityType.LOCATION;
            case 1 -> EntityType.PERSON;
            default -> EntityType.ORGANIZATION;
        };
    }

    private static void seed(ArticleWriter writer, JdbcClient jdbc, int wanted) {
        long have = count(jdbc, "article");
        double[] cumulative = zipf();
        Random random = new Random(42);
        List<IncomingArticle> batch = new ArrayList<>();
        Instant start = Instant.parse("2025-01-01T08:00:00Z");
        for (long i = have; i < wanted; i++) {
            var article = TestArticles.article("Synthetic report number " + i)
                    .published(start.plusSeconds(i * 300)).ingested(start.plusSeconds(i * 300));
            for (int e = 0; e < ENTITIES_PER_ARTICLE; e++) {
                int k = Arrays.binarySearch(cumulative, random.nextDouble());
                k = k < 0 ? -k - 1 : k;
                if (typeOf(k) == EntityType.LOCATION) {
                    article.entityWithId("geo:geonames:" + (1_000_000 + k), name(k), EntityType.LOCATION, 1 + k % 3);
                } else {
                    article.entity(name(k), typeOf(k), 1 + k % 3, (k % 7 - 3) / 10.0, "alias " + k);
                }
            }
            batch.add(article.incoming());
            if (batch.size() == 500 || i == wanted - 1) {
                writer.storeAll(batch);
                batch.clear();
            }
        }
    }

    /** Cumulative Zipf (s = 1) weights: entity 0 in about half of the articles, most in a handful. */
    static double[] zipf() {
        double[] cumulative = new double[VOCABULARY];
        double sum = 0;
        for (int k = 0; k < VOCABULARY; k++) {
            sum += 1.0 / (k + 1);
            cumulative[k] = sum;
        }
        for (int k = 0; k < VOCABULARY; k++) {
            cumulative[k] /= sum;
        }
        return cumulative;
    }

    private static void time(int port, String name, String label) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://localhost:" + port + "/api/entities/"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        long[] nanos = new long[CALLS];
        int status = 0;
        for (int i = -WARM_UP; i < CALLS; i++) {
            long t0 = System.nanoTime();
            status = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (i >= 0) {
                nanos[i] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("%-14s %-32s HTTP %d  median %6.1f ms  p95 %6.1f ms  (%d calls)%n", label, name, status,
                nanos[CALLS / 2] / 1e6, nanos[CALLS * 95 / 100] / 1e6, CALLS);
    }

    private static void explain(JdbcClient jdbc, SqlDialect dialect, String id) {
        for (String sql : List.of(
                "SELECT ae.sort_day, COUNT(*), SUM(ae.mentions), SUM(ae.sentiment_score), COUNT(ae.sentiment_score)"
                        + " FROM " + dialect.entityLinks("ae", ":id") + " GROUP BY ae.sort_day ORDER BY ae.sort_day",
                "SELECT DISTINCT f.entity_id, e.name_key FROM entity_form f JOIN entity e ON e.id = f.entity_id"
                        + " WHERE f.form_key = :key ORDER BY f.entity_id",
                "SELECT o.entity_id, COUNT(*) AS articles FROM (SELECT ae.article_no FROM "
                        + dialect.entityLinks("ae", ":id") + " ORDER BY ae.sort_day DESC, ae.article_id DESC LIMIT 500) r"
                        + " JOIN article_link o ON " + LinkNumbers.ofArticle("o.link_no", "r.article_no")
                        + " AND o.entity_id <> :id"
                        + " GROUP BY o.entity_id ORDER BY articles DESC, o.entity_id LIMIT 10")) {
            System.out.println("EXPLAIN ANALYZE " + sql);
            jdbc.sql("EXPLAIN ANALYZE " + sql).param("id", id).param("key", "synthetic location 0")
                    .query(String.class).list().forEach(line -> System.out.println("  " + line));
        }
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}

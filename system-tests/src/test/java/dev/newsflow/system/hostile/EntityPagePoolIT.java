package dev.newsflow.system.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import dev.newsflow.system.harness.ArticleFiles;
import dev.newsflow.system.harness.ArticleFormats;
import dev.newsflow.system.harness.GeneratedArticles;
import dev.newsflow.system.harness.Http;
import dev.newsflow.system.harness.LocalPipeline;
import dev.newsflow.system.harness.MetricValue;
import dev.newsflow.system.harness.PublisherCounts;
import dev.newsflow.system.harness.Service;
import dev.newsflow.system.harness.SharedPipeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17, item 1: entity pages must give their database connections back. 100 views, of names the store knows
 * and names it does not, leave the pool as it was ({@code hikaricp_connections_active}) and the store answering.
 * Among the last classes: a leak would take the shared store down for whatever runs after it.
 */
@Order(Integer.MAX_VALUE - 2)
@ExtendWith(SharedPipeline.class)
class EntityPagePoolIT {

    private static final int VIEWS = 100;
    private static final Duration PIPELINE = Duration.ofSeconds(90);
    private static final Duration IDLE = Duration.ofSeconds(30);

    private LocalPipeline pipeline;

    @Test
    void oneHundredEntityPageViewsLeaveTheConnectionPoolAsItWas(LocalPipeline pipeline) {
        this.pipeline = pipeline;
        String store = pipeline.baseUrl(Service.STORE);
        GeneratedArticles articles = GeneratedArticles.of("Entity pages", 5);
        ArticleFiles.dropAs(pipeline.home(), ArticleFormats.JSON_LINES, "entity-pages", articles.all());
        await("the articles to be stored").atMost(PIPELINE)
                .until(() -> PublisherCounts.storedCount(store, articles.publisher()) == articles.count());
        // the store's own work (a poll stored, PostgreSQL's search index merged every 2 s) holds one now and then: a
        // pool as it was is one that gets back to none in use, which a leaked connection never lets it do
        await("no connection in use before the views").atMost(IDLE).until(() -> active(store) == 0);

        List<String> names = List.of("Bramfield", "Ruth Okafor", "Portmell", "nobody-by-this-name", "Nowhere at all");
        for (int view = 0; view < VIEWS; view++) {
            String name = names.get(view % names.size());
            int status = Http.status(store + "/api/entities/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
            assertThat(status).as("view %d of %s", view + 1, name).isIn(200, 404);
        }

        await("hikaricp_connections_active back to 0 after " + VIEWS + " views").atMost(IDLE)
                .until(() -> active(store) == 0);
        assertThat(Http.status(store + "/api/stats")).as("the store still answers").isEqualTo(200);
        assertThat(Http.status(store + "/actuator/health")).as("the store still healthy").isEqualTo(200);
    }

    /** A leak must not take the store down for the classes after this one. */
    @AfterEach
    void restartAStoreLeftWithoutConnections() {
        if (pipeline != null && Http.status(pipeline.baseUrl(Service.STORE) + "/actuator/health") != 200) {
            pipeline.restart(Service.STORE);
        }
    }

    private static double active(String store) {
        return MetricValue.sum(store, "hikaricp_connections_active", "pool=");
    }
}

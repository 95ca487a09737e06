package dev.newsflow.system.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.newsflow.system.harness.ArticleFiles;
import dev.newsflow.system.harness.ArticleFormats;
import dev.newsflow.system.harness.GeneratedArticles;
import dev.newsflow.system.harness.Http;
import dev.newsflow.system.harness.LocalPipeline;
import dev.newsflow.system.harness.PublisherCounts;
import dev.newsflow.system.harness.Repository;
import dev.newsflow.system.harness.Service;
import dev.newsflow.system.harness.SharedPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issues 5 and 9: dashboards must never show "No data", neither because of a typo nor because a series only appears
 * once something went wrong. After a plain happy-path run (one good article, nothing refused, nothing dead-lettered:
 * no traffic that would create a tagged series on first use), every metric the Grafana dashboard queries and
 * docs/monitoring.md lists as existing from start-up is exported by the running services; and no service exports a
 * newsflow metric that page does not name, so the list cannot fall behind the code. First of all classes on the
 * shared pipeline, before any scenario sends bad input.
 */
@Order(1)
@ExtendWith(SharedPipeline.class)
class MetricNamesIT {

    private static final Duration PIPELINE = Duration.ofSeconds(90);
    private static final Duration SCRAPES = Duration.ofSeconds(30);
    private static final Path MONITORING = Repository.file("docs/monitoring.md");

    @BeforeAll
    static void plainHappyPathRun(LocalPipeline pipeline) {
        GeneratedArticles article = GeneratedArticles.of("Metric names", 1);
        ArticleFiles.dropAs(pipeline.home(), ArticleFormats.TXT, "metric-names", article.all());
        await("the article to be stored").atMost(PIPELINE).until(() ->
                PublisherCounts.storedCount(pipeline.baseUrl(Service.STORE), article.publisher()) == 1);
    }

    @Test
    void everyMetricTheDashboardQueriesIsExported(LocalPipeline pipeline) {
        Set<String> used = UsedMetricNames.inDashboard(Repository.file("deploy/grafana/dashboards/newsflow-pipeline.json"));
        assertThat(used).as("metrics in the dashboard").isNotEmpty();

        awaitAllExported(pipeline, used);
    }

    @Test
    void everyMetricTheDocsListAsExistingFromStartUpIsExported(LocalPipeline pipeline) {
        Set<String> documented = UsedMetricNames.fromStartUp(MONITORING);
        assertThat(documented).as("metrics in docs/monitoring.md").hasSizeGreaterThanOrEqualTo(15);

        awaitAllExported(pipeline, documented);
    }

    /**
     * The consumer-lag panel sums by topic: Kafka 4.1's deprecated copy of each series ({@code topic} with the dots
     * replaced by underscores) would draw every topic twice.
     */
    @Test
    void eachPartitionsLagIsExportedOnceUnderItsTopicsName(LocalPipeline pipeline) {
        await().atMost(SCRAPES).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<String> lag = new ArrayList<>();
            for (Service service : Service.values()) {
                Http.body(pipeline.baseUrl(service) + "/actuator/prometheus").lines()
                        .filter(line -> line.startsWith("kafka_consumer_fetch_manager_records_lag{")).forEach(lag::add);
            }
            assertThat(lag).as("lag series").anyMatch(line -> line.contains("topic=\"news.articles.raw.v1\""))
                    .anyMatch(line -> line.contains("topic=\"news.articles.enriched.v1\""))
                    .noneMatch(line -> line.contains("topic=\"news_articles_"));
        });
    }

    @Test
    void everyNewsflowMetricExportedIsDocumented(LocalPipeline pipeline) {
        Set<String> documented = families(UsedMetricNames.documented(MONITORING));
        Set<String> exported = families(exported(pipeline).stream().filter(name -> name.startsWith("newsflow_")).toList());

        assertThat(exported).as("newsflow metrics the services export, each to be named in docs/monitoring.md")
                .isNotEmpty().isSubsetOf(documented);
    }

    private static Set<String> families(Collection<String> names) {
        Set<String> families = new TreeSet<>();
        names.forEach(name -> families.add(UsedMetricNames.family(name)));
        return families;
    }

    /** Scrapes add no traffic; a few of them give gauges that are updated in the background (lag) time to appear. */
    private static void awaitAllExported(LocalPipeline pipeline, Set<String> expected) {
        await().atMost(SCRAPES).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(exported(pipeline)).as("metrics exported by the three services").containsAll(expected));
    }

    private static Set<String> exported(LocalPipeline pipeline) {
        Set<String> names = new TreeSet<>();
        for (Service service : Service.values()) {
            names.addAll(PrometheusScrape.sampleNames(Http.body(pipeline.baseUrl(service) + "/actuator/prometheus")));
        }
        return names;
    }
}

package dev.newsflow.system.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import dev.newsflow.events.Topics;
import dev.newsflow.system.harness.ArticleFiles;
import dev.newsflow.system.harness.Http;
import dev.newsflow.system.harness.LocalPipeline;
import dev.newsflow.system.harness.Repository;
import dev.newsflow.system.harness.Service;
import dev.newsflow.system.harness.SharedPipeline;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 5: dashboards must never show "No data" because of a typo. Runs every path of the pipeline once (a good
 * article, a refused file, a poison record for each consumer) and then checks that each metric the Grafana
 * dashboard queries and the README documents is exported by the running services.
 */
@ExtendWith(SharedPipeline.class)
class MetricNamesIT {

    private static final Duration PIPELINE = Duration.ofSeconds(90);

    @BeforeAll
    static void exerciseEveryPath(LocalPipeline pipeline) {
        ArticleFiles.dropText(pipeline, "harbour-festival.txt", "Harbour festival draws record crowds to Portmell "
                + UUID.randomUUID().toString().substring(0, 8), "Coastline Gazette", List.of(
                "Thousands of visitors filled the harbour of Portmell for the annual boat festival on Saturday.",
                "The mayor, Ada Trelawny, thanked the volunteers and said the town had never looked better."));
        ArticleFiles.drop(pipeline, "empty.txt", new byte[0]);
        publishPoison(pipeline, Topics.RAW_ARTICLES);
        publishPoison(pipeline, Topics.ENRICHED_ARTICLES);
    }

    @Test
    void everyMetricTheDashboardQueriesIsExported(LocalPipeline pipeline) {
        Set<String> used = UsedMetricNames.inDashboard(Repository.file("deploy/grafana/dashboards/newsflow-pipeline.json"));
        assertThat(used).as("metrics in the dashboard").isNotEmpty();

        awaitAllExported(pipeline, used);
    }

    @Test
    void everyMetricTheReadmeListsIsExported(LocalPipeline pipeline) {
        Set<String> documented = UsedMetricNames.inReadmeMonitoringSection(Repository.file("README.md"));
        assertThat(documented).as("metrics in the README").hasSizeGreaterThanOrEqualTo(15);

        awaitAllExported(pipeline, documented);
    }

    private static void awaitAllExported(LocalPipeline pipeline, Set<String> expected) {
        // the poison records and the refused file take a moment to reach their counters
        await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(exported(pipeline)).as("metrics exported by the three services").containsAll(expected));
    }

    private static Set<String> exported(LocalPipeline pipeline) {
        Set<String> names = new TreeSet<>();
        for (Service service : Service.values()) {
            names.addAll(PrometheusScrape.sampleNames(Http.body(pipeline.baseUrl(service) + "/actuator/prometheus")));
        }
        return names;
    }

    private static void publishPoison(LocalPipeline pipeline, String topic) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "poison-" + UUID.randomUUID(),
                    "{\"this is\": not an article".getBytes(StandardCharsets.UTF_8)));
        }
    }
}

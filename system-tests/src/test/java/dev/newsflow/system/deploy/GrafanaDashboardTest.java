package dev.newsflow.system.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.StreamSupport;

import dev.newsflow.events.EventJson;
import dev.newsflow.system.harness.Repository;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The provisioned "newsflow pipeline" dashboard is well-formed and wired to the provisioned datasource. */
class GrafanaDashboardTest {

    private final JsonNode dashboard = read("deploy/grafana/dashboards/newsflow-pipeline.json");
    private final List<JsonNode> panels = StreamSupport.stream(dashboard.path("panels").spliterator(), false)
            .filter(panel -> !panel.path("type").asString().equals("row"))
            .toList();

    @Test
    void isTheNewsflowPipelineDashboard() {
        assertThat(dashboard.path("title").asString()).isEqualTo("newsflow pipeline");
        assertThat(panels).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void everyPanelQueriesTheProvisionedPrometheusDatasource() {
        String uid = YamlNode.load(Repository.file("deploy/grafana/provisioning/datasources/prometheus.yml"))
                .get("datasources").items().getFirst().get("uid").text();

        assertThat(panels).allSatisfy(panel -> {
            assertThat(panel.path("datasource").path("uid").asString()).as(panel.path("title").asString()).isEqualTo(uid);
            assertThat(panel.path("targets")).as(panel.path("title").asString()).isNotEmpty();
        });
    }

    @Test
    void showsEndToEndLatencyPercentilesFromTheHistogram() {
        List<String> latency = panels.stream()
                .filter(panel -> panel.path("title").asString().startsWith("End-to-end latency"))
                .flatMap(panel -> StreamSupport.stream(panel.path("targets").spliterator(), false))
                .map(target -> target.path("expr").asString())
                .toList();

        assertThat(latency).hasSize(3).allSatisfy(expr -> assertThat(expr)
                .contains("newsflow_pipeline_latency_seconds_bucket").contains("histogram_quantile"));
        assertThat(String.join(" ", latency)).contains("(0.50,", "(0.95,", "(0.99,");
    }

    @Test
    void everyQueryHasBalancedBracketsAndParentheses() {
        assertThat(panels).allSatisfy(panel -> panel.path("targets").forEach(target -> {
            String expr = target.path("expr").asString();
            assertThat(count(expr, '(')).as(expr).isEqualTo(count(expr, ')'));
            assertThat(count(expr, '{')).as(expr).isEqualTo(count(expr, '}'));
            assertThat(count(expr, '[')).as(expr).isEqualTo(count(expr, ']'));
        }));
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    private static JsonNode read(String relative) {
        try {
            return new EventJson().mapper().readTree(Files.readString(Repository.file(relative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

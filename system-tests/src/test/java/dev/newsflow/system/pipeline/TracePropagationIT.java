package dev.newsflow.system.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import dev.newsflow.events.EventHeaders;
import dev.newsflow.system.harness.ArticleFiles;
import dev.newsflow.system.harness.Http;
import dev.newsflow.system.harness.LocalPipeline;
import dev.newsflow.system.harness.RawArticles;
import dev.newsflow.system.harness.Service;
import dev.newsflow.system.harness.SharedPipeline;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 5: one trace follows an article through all three services, and the logs show it. */
@ExtendWith(SharedPipeline.class)
class TracePropagationIT {

    private static final Duration PIPELINE = Duration.ofSeconds(90);

    @Test
    void theTraceStartedAtIngestShowsUpInTheEnrichAndStoreLogs(LocalPipeline pipeline) {
        String title = "Village library reopens after a year of repairs (notice "
                + ThreadLocalRandom.current().nextInt(100_000, 1_000_000) + ")";
        ArticleFiles.dropText(pipeline, "library-reopens.txt", title, "Hillside Weekly", List.of(
                "The library in the village of Ashcombe reopened on Saturday after a year of repairs to its roof.",
                "Volunteers carried the books back in by hand, and the first visitor borrowed a guide to birds."));

        ConsumerRecord<String, byte[]> raw = await("ingest to publish the article").atMost(PIPELINE)
                .until(() -> RawArticles.findByTitle(pipeline, title), found -> found.isPresent())
                .orElseThrow();
        String traceId = traceIdOf(raw);
        await("the store to have the article").atMost(PIPELINE)
                .until(() -> Http.status(pipeline.baseUrl(Service.STORE) + "/api/articles/" + raw.key()) == 200);

        await("the trace id " + traceId + " in the enrich log").atMost(PIPELINE)
                .until(() -> pipeline.log(Service.ENRICH).contains(traceId));
        await("the trace id " + traceId + " in the store log").atMost(PIPELINE)
                .until(() -> pipeline.log(Service.STORE).contains(traceId));
    }

    /** W3C trace context: {@code version-traceid-parentid-flags}. */
    private static String traceIdOf(ConsumerRecord<String, byte[]> record) {
        Header traceparent = record.headers().lastHeader(EventHeaders.TRACEPARENT);
        assertThat(traceparent).as("traceparent header on the raw record").isNotNull();
        String[] parts = new String(traceparent.value(), StandardCharsets.UTF_8).split("-");
        assertThat(parts).hasSize(4);
        assertThat(parts[1]).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
        return parts[1];
    }
}

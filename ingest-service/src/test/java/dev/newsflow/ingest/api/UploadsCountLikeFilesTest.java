package dev.newsflow.ingest.api;

import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.EventJson;
import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.ingest.IngestSettings;
import dev.newsflow.ingest.claim.FileDisposition;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.process.FileIngestor;
import dev.newsflow.ingest.process.Ingestion;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.publish.PublishFailedException;
import dev.newsflow.ingest.read.ArticleReading;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * "Uploads count like files": the same bytes under the same name, dropped in the inbox or posted to the API, move
 * the ingest counters by the same amounts.
 */
class UploadsCountLikeFilesTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    static final String UNACKNOWLEDGED = "Unacknowledged";

    @TempDir
    Path home;

    @Test
    void aPartlyBadUploadCountsEachBadRecordAsInvalidRecordLikeTheSameFileDropped() throws IOException {
        Input partlyBad = new Input("wire.jsonl", """
                {"title": "Tide tables printed", "body": "The harbour office has the new tables."}
                {"title": "No body"}
                {"title": "Broken", "body": "no closing
                """);

        Map<String, Double> asFile = asFile(partlyBad);
        Map<String, Double> asUpload = asUpload(partlyBad);

        assertThat(asUpload).isEqualTo(asFile)
                .containsEntry("newsflow.ingest.articles.rejected{reason=invalid-record}", 2.0)
                .containsEntry("newsflow.ingest.files{outcome=partial}", 1.0)
                .containsEntry("newsflow.ingest.articles.published{format=jsonl}", 1.0);
    }

    @Test
    void anEmptyUploadCountsTheSameReasonAsAnEmptyFile() throws IOException {
        for (Input empty : List.of(new Input("nothing.txt", ""), new Input("no-records.json", "[]"),
                new Input("no-items.json", "{\"items\": []}"))) {
            Map<String, Double> asFile = asFile(empty);
            Map<String, Double> asUpload = asUpload(empty);

            assertThat(asUpload).as(empty.name()).isEqualTo(asFile).containsEntry("newsflow.ingest.files{outcome=failed}", 1.0);
            assertThat(asFile).as(empty.name()).containsEntry("newsflow.ingest.articles.rejected{reason="
                    + (empty.name().equals("nothing.txt") ? "empty" : "no-articles") + "}", 1.0);
        }
    }

    @Test
    void everyKindOfInputMovesTheSameCountersAsFileAndAsUpload() throws IOException {
        byte[] junk = new byte[2048];
        new Random(7).nextBytes(junk);
        List<Input> inputs = List.of(
                new Input("story.txt", "Bus lane opens\n\nThe lane runs from the station to the market."),
                new Input("two.json", "[{\"title\": \"Quay widened\", \"body\": \"Trucks pass each other now.\"},"
                        + " {\"title\": \"Only a title\"}]"),
                new Input("titles.json", "[{\"title\": \"One\"}, {\"title\": \"Two\"}]"),
                new Input("blank.md", "  \n\n "),
                new Input("junk.txt", junk),
                new Input("cut.json", "{\"title\": \"Half"),
                new Input("slides.docx", "not an article format"),
                new Input("doctype.rss", "<!DOCTYPE rss [<!ENTITY x \"y\">]><rss><channel></channel></rss>"),
                new Input("big.txt", "Too long\n\n" + "x".repeat(20_000)),
                new Input("down.txt", UNACKNOWLEDGED + " story\n\nKafka does not answer for this one."));

        for (Input input : inputs) {
            assertThat(asUpload(input)).as(input.name()).isEqualTo(asFile(input)).isNotEmpty();
        }
    }

    /** The counters the input moved when claimed from the inbox, by meter id with tags. */
    private Map<String, Double> asFile(Input input) throws IOException {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        IngestSettings settings = settings(home.resolve("file-" + input.name()));
        FileIngestor ingestor = new FileIngestor(ingestion(settings, meters), new FileDisposition(settings,
                new EventJson(), CLOCK), CLOCK, settings);
        Path claimed = Files.write(Files.createDirectories(settings.claimFolder()).resolve(input.name()), input.bytes());

        ingestor.ingest(claimed, settings.inbox());

        return counts(meters);
    }

    /** The counters the input moved when posted with {@code ?filename=<its name>}. */
    private Map<String, Double> asUpload(Input input) throws IOException {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ArticleUploadController controller = new ArticleUploadController(
                ingestion(settings(home.resolve("upload-" + input.name())), meters));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/articles");
        request.setContentType("application/octet-stream");
        request.setContent(input.bytes());

        try {
            controller.post(request, "application/octet-stream", input.name());
        } catch (UploadRefusedException refused) {
            assertThat(refused.outcome()).isNotNull();
        }

        return counts(meters);
    }

    private static Ingestion ingestion(IngestSettings settings, MeterRegistry meters) {
        IngestMetrics metrics = new IngestMetrics(meters);
        ArticlePublisher publisher = mock(ArticlePublisher.class);
        org.mockito.Mockito.doAnswer(call -> {
            List<List<ArticleIngested>> files = call.getArgument(0);
            if (files.stream().flatMap(List::stream).anyMatch(a -> a.title().startsWith(UNACKNOWLEDGED))) {
                throw new PublishFailedException("Kafka did not acknowledge", null);
            }
            return null;
        }).when(publisher).publishAll(any());
        return new Ingestion(new ArticleReading(new ArticleFormats(settings.limits()), CLOCK, metrics,
                new dev.newsflow.events.validation.RecordValidator(), new dev.newsflow.events.EventJson()), publisher,
                metrics);
    }

    /** Every ingest counter that moved; the timers and bytes are left out (the file and upload read the same bytes). */
    private static Map<String, Double> counts(MeterRegistry meters) {
        Map<String, Double> counts = new TreeMap<>();
        for (Counter counter : meters.find("newsflow.ingest.files").counters()) {
            put(counts, counter);
        }
        for (Counter counter : meters.find("newsflow.ingest.articles.published").counters()) {
            put(counts, counter);
        }
        for (Counter counter : meters.find("newsflow.ingest.articles.rejected").counters()) {
            put(counts, counter);
        }
        return counts;
    }

    private static void put(Map<String, Double> counts, Counter counter) {
        if (counter.count() != 0) {
            String tag = counter.getId().getTags().getFirst().getKey() + "=" + counter.getId().getTags().getFirst().getValue();
            counts.put(counter.getId().getName() + "{" + tag + "}", counter.count());
        }
    }

    private static IngestSettings settings(Path root) {
        return new IngestSettings(root.resolve("inbox"), root.resolve("processing"), root.resolve("processed"),
                root.resolve("failed"), "default", Duration.ofSeconds(1), Duration.ofMillis(100), 10,
                IngestSettings.Cleanup.MOVE, false, List.of(), List.of(), DataSize.ofKilobytes(16),
                DataSize.ofKilobytes(512), DataSize.ofMegabytes(100), Duration.ofSeconds(30), DataSize.ofMegabytes(8));
    }

    record Input(String name, byte[] bytes) {
        Input(String name, String text) {
            this(name, text.getBytes(StandardCharsets.UTF_8));
        }
    }
}

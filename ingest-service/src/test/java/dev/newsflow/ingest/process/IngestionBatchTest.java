package dev.newsflow.ingest.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.validation.RecordValidator;
import dev.newsflow.formats.ArticleFormats;
import dev.newsflow.formats.FormatLimits;
import dev.newsflow.ingest.Reason;
import dev.newsflow.ingest.metrics.IngestMetrics;
import dev.newsflow.ingest.process.Outcome.Failed;
import dev.newsflow.ingest.process.Outcome.Published;
import dev.newsflow.ingest.process.Outcome.Retry;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.publish.PublishFailedException;
import dev.newsflow.ingest.publish.PublishRefusedException;
import dev.newsflow.ingest.read.ArticleReading;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** Several files share one Kafka transaction; one bad file must not hold back the others. */
class IngestionBatchTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    private final IngestMetrics metrics = new IngestMetrics(new SimpleMeterRegistry());
    private final ArticlePublisher publisher = mock(ArticlePublisher.class);
    private final Ingestion ingestion = new Ingestion(new ArticleReading(new ArticleFormats(FormatLimits.DEFAULTS),
            clock, metrics, new RecordValidator(), new EventJson()), publisher, metrics);
    private final List<Outcome> settled = new ArrayList<>();

    @Test
    void aRecordKafkaRefusesForGoodFailsOnlyItsOwnFileAndTheRestOfTheBatchIsPublished() {
        refuseBatchesHolding("Oversized", new PublishRefusedException("Kafka refused: record too large",
                new RecordTooLargeException("record too large")));

        List<Outcome> outcomes = ingestion.ingestAll(Source.FILE, List.of(file("a.txt", "Harbour reopens"),
                file("b.txt", "Oversized appendix"), file("c.txt", "Ferry timetable")), this::unsettled);

        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0)).isInstanceOf(Published.class);
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(Failed.class, failed -> {
            assertThat(failed.reason()).isEqualTo(Reason.KAFKA_REFUSED);
            assertThat(failed.message()).contains("record too large");
        });
        assertThat(outcomes.get(2)).isInstanceOf(Published.class);
    }

    @Test
    void aLoneFileKafkaRefusesForGoodFailsAtOnce() {
        refuseBatchesHolding("", new PublishRefusedException("Kafka refused: record too large",
                new RecordTooLargeException("record too large")));

        List<Outcome> outcomes = ingestion.ingestAll(Source.FILE, List.of(file("a.txt", "Harbour reopens")),
                this::unsettled);

        assertThat(outcomes.getFirst()).isInstanceOfSatisfying(Failed.class,
                failed -> assertThat(failed.reason()).isEqualTo(Reason.KAFKA_REFUSED));
        org.mockito.Mockito.verify(publisher, org.mockito.Mockito.times(1)).publishAll(any());
    }

    @Test
    void aBrokerAwayRetriesTheWholeBatchWithoutTryingEachFileAlone() {
        refuseBatchesHolding("", new PublishFailedException("Kafka did not answer: broker away",
                new TimeoutException("broker away")));

        List<Outcome> outcomes = ingestion.ingestAll(Source.FILE, List.of(file("a.txt", "Harbour reopens"),
                file("b.txt", "Ferry timetable")), this::unsettled);

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Retry.class));
        org.mockito.Mockito.verify(publisher, org.mockito.Mockito.times(1)).publishAll(any());
    }

    @Test
    void aBrokerGoneWhileTheFilesAreTriedAloneLeavesTheRestForTheNextScanUnsent() {
        List<Integer> sizes = new ArrayList<>();
        doAnswer(call -> {
            List<List<ArticleIngested>> files = call.getArgument(0);
            sizes.add(files.size());
            if (files.size() > 1) {
                throw new PublishRefusedException("Kafka refused: record too large",
                        new RecordTooLargeException("record too large"));
            }
            throw new PublishFailedException("Kafka did not answer: broker away", new TimeoutException("broker away"));
        }).when(publisher).publishAll(any());

        List<Outcome> outcomes = ingestion.ingestAll(Source.FILE, List.of(file("a.txt", "Harbour reopens"),
                file("b.txt", "Oversized appendix"), file("c.txt", "Ferry timetable")), this::unsettled);

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Retry.class));
        assertThat(sizes).as("the batch, then the first file alone; the others wait for the next scan")
                .containsExactly(3, 1);
    }

    @Test
    void aReaderThatThrowsOnOneFileFailsThatFileAndTheOthersArePublished() {
        Ingestion.Input broken = new Ingestion.Input("bad.txt", () -> {
            throw new IllegalStateException("reader bug");
        }, this::settle);

        List<Outcome> outcomes = ingestion.ingestAll(Source.FILE, List.of(file("a.txt", "Harbour reopens"), broken),
                this::unsettled);

        assertThat(outcomes.get(0)).isInstanceOf(Published.class);
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(Failed.class,
                failed -> assertThat(failed.reason()).isEqualTo(Reason.READER_CRASHED));
    }

    @Test
    void aFileIngestHasNoPermissionToReadFailsWithItsReasonInsteadOfStayingClaimed() {
        Ingestion.Input locked = new Ingestion.Input("locked.txt", () -> {
            throw new AccessDeniedException("/home/newsflow/processing/default/locked.txt");
        }, this::settle);

        List<Outcome> outcomes = ingestion.ingestAll(Source.FILE, List.of(file("a.txt", "Harbour reopens"), locked),
                this::unsettled);

        assertThat(outcomes.get(0)).isInstanceOf(Published.class);
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(Failed.class, failed -> {
            assertThat(failed.reason()).isEqualTo(Reason.UNREADABLE);
            assertThat(failed.message()).contains("no permission to read");
        });
        assertThat(settled).as("both files are moved on, none left in processing/").hasSize(2);
    }

    private void refuseBatchesHolding(String titleStart, PublishFailedException failure) {
        doAnswer(call -> {
            List<List<ArticleIngested>> files = call.getArgument(0);
            boolean holds = files.stream().flatMap(List::stream).anyMatch(a -> a.title().startsWith(titleStart));
            if (holds) {
                throw failure;
            }
            return null;
        }).when(publisher).publishAll(any());
    }

    private Ingestion.Input file(String name, String title) {
        byte[] text = (title + "\n\nThe body of " + title.toLowerCase() + " in a few words.")
                .getBytes(StandardCharsets.UTF_8);
        return new Ingestion.Input(name, () -> text, this::settle);
    }

    private String settle(Outcome outcome) {
        settled.add(outcome);
        return "settled";
    }

    private void unsettled(String name, Exception e) {
        throw new AssertionError(name + " unsettled", e);
    }
}

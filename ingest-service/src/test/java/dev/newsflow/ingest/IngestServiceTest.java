package dev.newsflow.ingest;

import dev.newsflow.events.ArticleId;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.EventHeaders;
import dev.newsflow.events.EventJson;
import dev.newsflow.ingest.security.TestApiKey;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The folder contract and the upload API end to end against a real (in-process) broker, in one shared context to
 * keep the suite fast.
 */
@SpringBootTest(properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "newsflow.ingest.poll-interval=100ms",
        "newsflow.ingest.min-age=1s",
        "newsflow.ingest.max-file-size=64KB",
        TestApiKey.PROPERTY})
@EmbeddedKafka(partitions = 1)
@AutoConfigureMockMvc
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class IngestServiceTest {

    static final Inbox FOLDERS = new Inbox(tempHome());
    static final String TITLE = "Ferry service resumes after winter break – Harbour Herald";
    static final String BODY = "The island ferry made its first crossing of the year on Monday.\n\n"
            + "Captain Rosa Lind said bookings were higher than last spring.";

    final EventJson json;
    final MeterRegistry meters;
    final Environment environment;
    final MockMvc mvc;
    final HeldClock clock;

    @Autowired
    IngestServiceTest(EventJson json, MeterRegistry meters, Environment environment, MockMvc mvc, HeldClock clock) {
        this.json = json;
        this.meters = meters;
        this.environment = environment;
        this.mvc = mvc;
        this.clock = clock;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        HeldClock heldClock() {
            return new HeldClock();
        }
    }

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("newsflow.home", () -> FOLDERS.home().toString());
    }

    @AfterAll
    static void cleanUp() throws IOException {
        org.springframework.util.FileSystemUtils.deleteRecursively(FOLDERS.home());
    }

    @Test
    void aDroppedFileIsPublishedKeyedByIdWithCloudEventsHeadersThenMovedToProcessed() {
        FOLDERS.drop("ferry.txt", TITLE + "\n\nSource: Harbour Herald\n\n" + BODY + "\n\nLeave a Comment\n");
        String id = ArticleId.of("Ferry service resumes after winter break", BODY);

        try (RawTopic topic = topic()) {
            ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(20)).until(
                    () -> topic.records().stream().filter(r -> r.key().equals(id)).findFirst().orElse(null),
                    r -> r != null);
            ArticleIngested article = json.read(record.value(), ArticleIngested.class);
            assertThat(article.title()).isEqualTo("Ferry service resumes after winter break");
            assertThat(article.source()).isEqualTo("Harbour Herald");
            assertThat(article.body()).isEqualTo(BODY);
            assertThat(article.origin().fileName()).isEqualTo("ferry.txt");
            assertThat(article.origin().format()).isEqualTo("txt");
            assertThat(RawTopic.header(record, EventHeaders.TYPE)).isEqualTo("dev.newsflow.article.raw.v1");
            assertThat(RawTopic.header(record, EventHeaders.SOURCE)).isEqualTo("/newsflow/ingest-service");
            assertThat(RawTopic.header(record, EventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(RawTopic.header(record, EventHeaders.ID)).isNotBlank();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(FOLDERS.processedNames()).contains("ferry.txt"));
        assertThat(Inbox.names(FOLDERS.inbox())).doesNotContain("ferry.txt");
        // its counts are asserted exactly in FileIngestorTest and UploadsCountLikeFilesTest: other tests' txt files
        // share these counters here, and a file is counted just after it is moved
    }

    @Test
    void aSameNamedFileDroppedTwiceNeverOverwritesTheFirst() {
        // held, both land in one processed/<date>/ folder even when the test runs across midnight UTC
        clock.hold();
        try {
            FOLDERS.drop("twice.txt", "Market hall gets a new roof\n\nRoofers finished the work on Friday.");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(FOLDERS.processedNames()).contains("twice.txt"));
            FOLDERS.drop("twice.txt", "Market hall roof passes inspection\n\nInspectors approved the new roof.");

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(FOLDERS.processedNames()).contains("twice.txt", "twice-1.txt"));
        } finally {
            clock.release();
        }
    }

    @Test
    void hiddenAndTemporaryNamesAreLeftInTheInbox() {
        for (String name : new String[]{".draft.txt", "copying.txt.part", "upload.tmp", "~$notes.txt", "film.crdownload"}) {
            FOLDERS.drop(name, "Not finished\n\nStill being written.");
        }
        FOLDERS.drop("after-the-ignored-ones.txt", "Parade route announced\n\nThe parade will pass the old bridge.");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(FOLDERS.processedNames()).contains("after-the-ignored-ones.txt"));
        assertThat(Inbox.names(FOLDERS.inbox()))
                .contains(".draft.txt", "copying.txt.part", "upload.tmp", "~$notes.txt", "film.crdownload");
    }

    @Test
    void aFileStillBeingWrittenIsNotTakenUntilItHasBeenQuietForTheMinimumAge() throws Exception {
        Path growing = FOLDERS.inbox().resolve("growing.txt");
        // held still, the service's "now" never gets min-age past the file's last write, however slow this machine is
        clock.hold();
        try {
            Files.writeString(growing, "Choir tour ends in the capital\n\nThe choir sang its final concert");
            append(growing, " and again");
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> Files.exists(growing));
            append(growing, ". The end.");
        } finally {
            clock.release();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(FOLDERS.processedNames()).contains("growing.txt"));
        assertThat(Files.readString(FOLDERS.processed("growing.txt"))).endsWith("The end.");
    }

    @Test
    void unreadableFilesGoToFailedWithAnErrorJsonSayingWhy() throws IOException {
        // no other test of this class drops a file with these reasons, so their deltas are this test's alone
        Deltas rejected = new Deltas(meters, "newsflow.ingest.articles.rejected", "reason", "binary", "malformed",
                "unsupported");
        byte[] junk = new byte[2048];
        new Random(3).nextBytes(junk);
        FOLDERS.drop("scan.txt", junk);
        FOLDERS.drop("cut.json", "{\"title\": \"Half a record\", \"body\": \"The file ends");
        FOLDERS.drop("slides.docx", "not an article format");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Inbox.names(FOLDERS.failed()))
                .contains("scan.txt", "scan.txt.error.json", "cut.json", "cut.json.error.json",
                        "slides.docx", "slides.docx.error.json"));
        assertThat(errorJson("scan.txt")).contains("\"outcome\" : \"failed\"", "\"reason\" : \"binary\"");
        assertThat(errorJson("cut.json")).contains("\"reason\" : \"malformed\"", "invalid JSON at line 1");
        assertThat(errorJson("slides.docx")).contains("\"reason\" : \"unsupported\"", "'.docx'");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(rejected.since()).containsExactly(1.0, 1.0, 1.0));
    }

    @Test
    void aPartlyBadFilePublishesItsGoodArticlesAndReportsEachBadRecord() throws IOException {
        // the only partial outcome and the only jsonl articles of this class
        Deltas partial = new Deltas(meters, "newsflow.ingest.files", "outcome", "partial");
        Deltas published = new Deltas(meters, "newsflow.ingest.articles.published", "format", "jsonl");
        String lines = """
                {"title": "Lighthouse keeper retires", "body": "After thirty years the keeper handed over the keys."}
                {"title": "Broken", "body": "no closing
                {"headline": "Seal pups counted on the sandbank", "text": "Volunteers counted ninety pups this week."}
                """;
        FOLDERS.drop("coast.jsonl", lines);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(FOLDERS.processedNames())
                .contains("coast.jsonl", "coast.jsonl.error.json"));
        String report = Files.readString(FOLDERS.processed("coast.jsonl.error.json"));
        assertThat(report).contains("\"outcome\" : \"partial\"", "\"line\" : 2", "invalid JSON");
        try (RawTopic topic = topic()) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(topic.keys()).contains(
                    ArticleId.of("Lighthouse keeper retires", "After thirty years the keeper handed over the keys."),
                    ArticleId.of("Seal pups counted on the sandbank", "Volunteers counted ninety pups this week.")));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(partial.since()).containsExactly(1.0);
            assertThat(published.since()).containsExactly(2.0);
        });
    }

    @Test
    void aFileWithNoUsableRecordFailsWithEveryRecordExplained() throws IOException {
        FOLDERS.drop("titles-only.json", "[{\"title\": \"One\"}, {\"title\": \"Two\"}]");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Inbox.names(FOLDERS.failed())).contains("titles-only.json.error.json"));
        assertThat(errorJson("titles-only.json")).contains("\"reason\" : \"no-articles\"", "\"index\" : 1",
                "no body text");
    }

    @Test
    void postingJsonAnswersWithThePublishedIds() throws Exception {
        String id = ArticleId.of("Tram line extended to the stadium", "The new stop opened before the match.");

        mvc.perform(post("/api/articles").header(TestApiKey.HEADER, TestApiKey.KEY).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"headline\": \"Tram line extended to the stadium\", \"text\": \"The new stop opened before the match.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ids[0]").value(id))
                .andExpect(jsonPath("$.format").value("json"));

        try (RawTopic topic = topic()) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(topic.keys()).contains(id));
        }
    }

    @Test
    void anRssOneFeedAndAnXhtmlPageAreTakenByTheirContentTypes() throws Exception {
        String feed = "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"https://quay.example/\"><title>Quay</title>"
                + "<link>https://quay.example/</link><description>d</description></channel><item"
                + " rdf:about=\"https://quay.example/1\"><title>Crane repaired</title>"
                + "<link>https://quay.example/1</link>"
                + "<description>The harbour crane works again.</description></item></rdf:RDF>";
        String page = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                + "<title>Quay lights</title></head><body><article><p>The quay lights were replaced on Tuesday after a"
                + " winter of storms had broken most of them, the harbour office said in a short statement.</p>"
                + "</article></body></html>";

        mvc.perform(post("/api/articles").header(TestApiKey.HEADER, TestApiKey.KEY)
                        .contentType("application/rdf+xml").content(feed))
                .andExpect(status().isOk()).andExpect(jsonPath("$.format").value("rss"));
        mvc.perform(post("/api/articles").header(TestApiKey.HEADER, TestApiKey.KEY)
                        .contentType("application/xhtml+xml").content(page))
                .andExpect(status().isOk()).andExpect(jsonPath("$.format").value("html"));
    }

    @Test
    void aMultipartUploadIsReadByItsFileName() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "notice.md", "application/octet-stream",
                "---\ntitle: Pool closes for repairs\nsource: Town Bulletin\n---\nThe pool shuts for two weeks.".getBytes());

        mvc.perform(multipart("/api/articles").header(TestApiKey.HEADER, TestApiKey.KEY).file(file))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("md"))
                .andExpect(jsonPath("$.ids.length()").value(1));
    }

    @Test
    void aMultipartUploadOfTwoFilesIsRefusedRatherThanReadingOnlyTheFirst() throws Exception {
        MockMultipartFile first = new MockMultipartFile("file", "first.txt", "text/plain",
                "Pier repainted\n\nThe pier got a coat of paint.".getBytes(StandardCharsets.UTF_8));
        MockMultipartFile second = new MockMultipartFile("file", "second.txt", "text/plain",
                "Lighthouse relit\n\nThe lighthouse shines again.".getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/api/articles").header(TestApiKey.HEADER, TestApiKey.KEY).file(first).file(second))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reason").value("bad-request"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2 files")));
    }

    @Test
    void badInputIsAProblemDetailAndPublishesNothing() throws Exception {
        mvc.perform(post("/api/articles").header(TestApiKey.HEADER, TestApiKey.KEY).param("filename", "bad-cut.json").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"cut"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reason").value("malformed"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("invalid JSON")));
        mvc.perform(post("/api/articles").header(TestApiKey.HEADER, TestApiKey.KEY).param("filename", "bad-no-body.jsonl").contentType(MediaType.APPLICATION_NDJSON)
                        .content("{\"title\": \"No body\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("no-articles"))
                .andExpect(jsonPath("$.problems[0].line").value(1));
        mvc.perform(post("/api/articles").header(TestApiKey.HEADER, TestApiKey.KEY).param("filename", "bad-too-large.txt").contentType(MediaType.TEXT_PLAIN)
                        .content("Too long\n\n" + "x".repeat(64 * 1024)))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.reason").value("too-large"));

        // uploads answer only after Kafka acknowledged, so whatever the bad ones published is there before this one
        String after = ArticleId.of("Library extends opening hours", "The reading room now stays open until nine.");
        mvc.perform(post("/api/articles").header(TestApiKey.HEADER, TestApiKey.KEY).param("filename", "after-the-bad.txt").contentType(MediaType.TEXT_PLAIN)
                .content("Library extends opening hours\n\nThe reading room now stays open until nine.")).andExpect(status().isOk());
        try (RawTopic topic = new RawTopic(environment.getProperty("spring.embedded.kafka.brokers"))) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(topic.keys()).contains(after));
            assertThat(topic.records()).extracting(r -> json.read(r.value(), ArticleIngested.class).origin().fileName())
                    .doesNotContain("bad-cut.json", "bad-no-body.jsonl", "bad-too-large.txt");
        }
    }

    @Test
    void uploadedTextWithNulOrALoneSurrogateIsCleanedSoTheAnswerMatchesWhatIsStored() throws Exception {
        String id = ArticleId.of("Dam report \uFFFD", "Levels rose.");

        mvc.perform(post("/api/articles").header(TestApiKey.HEADER, TestApiKey.KEY).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Dam\\u0000 report \\ud800\", \"body\": \"Levels\\u0000 rose.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ids[0]").value(id));

        try (RawTopic topic = topic()) {
            ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(20)).until(
                    () -> topic.records().stream().filter(r -> r.key().equals(id)).findFirst().orElse(null),
                    r -> r != null);
            assertThat(json.read(record.value(), ArticleIngested.class).title()).isEqualTo("Dam report \uFFFD");
        }
    }

    @Test
    void everyUploadLogsOneLineAcceptedOrRefused(CapturedOutput log) throws Exception {
        mvc.perform(post("/api/articles").header(TestApiKey.HEADER, TestApiKey.KEY).param("filename", "logged.txt").contentType(MediaType.TEXT_PLAIN)
                .content("Harbour crane replaced\n\nThe new crane lifts twice the load.")).andExpect(status().isOk());
        mvc.perform(post("/api/articles").header(TestApiKey.HEADER, TestApiKey.KEY).param("filename", "logged\u001b[31m\nfile=x.json").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"cut")).andExpect(status().isBadRequest());

        assertThat(log.getOut()).contains("upload=logged.txt outcome=processed format=txt published=1 skipped=0")
                .contains("upload=\"logged\\u001b[31m\\nfile=x.json\" outcome=failed status=400 reason=bad-request")
                .doesNotContain("\u001b[31m").doesNotContain("\nfile=x.json");
    }

    @Test
    void oneVocabularyOfReasonsWithoutNulls() throws Exception {
        mvc.perform(post("/api/articles").header(TestApiKey.HEADER, TestApiKey.KEY).contentType("application/gzip").content(new byte[] {31, -117, 8, 0}))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.reason").value("unsupported"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("?filename=")));
        mvc.perform(post("/api/articles").header(TestApiKey.HEADER, TestApiKey.KEY).param("filename", "no-body.jsonl").contentType(MediaType.APPLICATION_NDJSON)
                        .content("{\"title\": \"No body\"}"))
                .andExpect(jsonPath("$.problems[0].line").value(1))
                .andExpect(jsonPath("$.problems[0].index").doesNotExist());
        mvc.perform(post("/api/articles").header(TestApiKey.HEADER, TestApiKey.KEY).param("filename", "deep.json").contentType(MediaType.APPLICATION_JSON)
                        .content("[".repeat(3000) + "]".repeat(3000)))
                .andExpect(jsonPath("$.reason").value("malformed"));
        mvc.perform(multipart("/api/articles").header(TestApiKey.HEADER, TestApiKey.KEY).file(new MockMultipartFile("file", "nul\u0000.txt", "text/plain",
                        "Title\n\nBody.".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reason").value("bad-request"));
    }

    @Test
    void crossOriginUploadsAreRefusedWhileRequestsWithoutAnOriginPass() throws Exception {
        mvc.perform(post("/api/articles").header(TestApiKey.HEADER, TestApiKey.KEY).header("Origin", "https://attacker.example").contentType(MediaType.TEXT_PLAIN)
                        .content("Injected\n\nFrom a web page."))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reason").value("cross-origin"));
        mvc.perform(multipart("/api/articles").header(TestApiKey.HEADER, TestApiKey.KEY).file(new MockMultipartFile("file", "form.txt", "text/plain",
                        "Injected\n\nBy a form.".getBytes(StandardCharsets.UTF_8))).header("Origin", "null"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/articles").header(TestApiKey.HEADER, TestApiKey.KEY).param("filename", "scripted.txt").contentType(MediaType.TEXT_PLAIN)
                .content("Council meets on Tuesday\n\nThe agenda lists the bridge.")).andExpect(status().isOk());
    }

    @Test
    void everyTaggedMeterIsThereAtZeroBeforeItFirstCounts() {
        for (String reason : new String[] {"empty", "binary", "unsupported", "malformed", "too-large", "unsafe-xml",
                "no-articles", "invalid-record", "not-regular-file", "reader-crashed"}) {
            assertThat(meters.find("newsflow.ingest.articles.rejected").tag("reason", reason).counter()).isNotNull();
        }
        for (String outcome : new String[] {"processed", "partial", "failed", "retry"}) {
            assertThat(meters.find("newsflow.ingest.files").tag("outcome", outcome).counter()).isNotNull();
        }
        for (String format : new String[] {"txt", "md", "json", "jsonl", "html", "rss", "atom"}) {
            assertThat(meters.find("newsflow.ingest.articles.published").tag("format", format).counter()).isNotNull();
        }
    }

    private String errorJson(String name) throws IOException {
        return Files.readString(FOLDERS.failed().resolve(name + ".error.json"));
    }

    private RawTopic topic() {
        return new RawTopic(environment.getProperty("spring.embedded.kafka.brokers"));
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempHome() {
        try {
            return Files.createTempDirectory("newsflow-ingest-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

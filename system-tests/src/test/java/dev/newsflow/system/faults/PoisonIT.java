package dev.newsflow.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.newsflow.events.EventJson;
import dev.newsflow.events.Topics;
import dev.newsflow.system.harness.ArticleFiles;
import dev.newsflow.system.harness.ArticleFormats;
import dev.newsflow.system.harness.ExactlyOnce;
import dev.newsflow.system.harness.GeneratedArticles;
import dev.newsflow.system.harness.LocalPipeline;
import dev.newsflow.system.harness.PublisherCounts;
import dev.newsflow.system.harness.Service;
import dev.newsflow.system.harness.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9, scenario 7: bad input among good input. Unreadable files go to {@code failed/} with the reason, garbage
 * written straight onto the topics goes to the dead-letter topics with the reason in the headers, the good articles
 * are all stored once, and no service restarts on the way.
 */
@ExtendWith(SharedPipeline.class)
class PoisonIT {

    private static final int ARTICLES = 200;
    private static final Duration SETTLE = Duration.ofMinutes(3);
    private static final Map<String, byte[]> BAD_FILES = Map.of(
            "poison-truncated.json", "{\"title\": \"Half an article\", \"body\": \"cut off in the mid".getBytes(StandardCharsets.UTF_8),
            "poison-binary.txt", binary(),
            "poison-empty.md", new byte[0],
            "poison-no-articles.jsonl", "{\"title\": \"\"}\n{\"author\": \"nobody\"}\n".getBytes(StandardCharsets.UTF_8));

    private final EventJson json = new EventJson();

    @Test
    void goodArticlesAreAllStoredAndBadInputEndsInFailedOrADeadLetterTopicWithItsReason(LocalPipeline pipeline) {
        Map<Service, Long> pids = pids(pipeline);
        GeneratedArticles articles = GeneratedArticles.of("Poison", ARTICLES);
        ExactlyOnce check = ExactlyOnce.of("poison", pipeline);
        String runKey = UUID.randomUUID().toString();

        FaultDrops.jsonLines(pipeline, "poison-good-first", new GeneratedArticles(articles.publisher(), ARTICLES / 2), 25);
        BAD_FILES.forEach((name, content) -> ArticleFiles.drop(pipeline, name, content));
        TopicGarbage.write(pipeline.bootstrapServers(), Topics.RAW_ARTICLES, "raw-" + runKey);
        TopicGarbage.write(pipeline.bootstrapServers(), Topics.ENRICHED_ARTICLES, "enriched-" + runKey);
        ArticleFiles.dropAs(pipeline.home(), ArticleFormats.JSON_LINES, "poison-good-then",
                articles.range(ARTICLES / 2, ARTICLES));

        check.assertAll(articles);
        BAD_FILES.keySet().forEach(name -> assertFailedWithReason(pipeline, name));
        TopicGarbage.assertDeadLettered(pipeline.bootstrapServers(), Topics.RAW_ARTICLES, "raw-" + runKey, SETTLE);
        TopicGarbage.assertDeadLettered(pipeline.bootstrapServers(), Topics.ENRICHED_ARTICLES, "enriched-" + runKey, SETTLE);
        assertThat(pids(pipeline)).as("process ids of the services: none restarted").isEqualTo(pids);
    }

    /** The gazetteer once gave a country NaN coordinates; the store must keep such an article, without the bad part. */
    @Test
    void anArticleNamingAPlaceWithoutUsableCoordinatesIsStored(LocalPipeline pipeline) {
        GeneratedArticles publisher = GeneratedArticles.of("Unusable coordinates", 1);
        ArticleFiles.dropText(pipeline, "montenegro.txt", "Montenegro opens a new rail link to the coast ("
                + publisher.publisher() + ")", publisher.publisher(), List.of(
                "Montenegro opened a new rail link between its capital and the coast on Monday.",
                "Officials in Montenegro said the line would cut the journey by an hour and bring more visitors."));

        await("the article naming Montenegro to be stored").atMost(SETTLE).until(() ->
                PublisherCounts.storedCount(pipeline.baseUrl(Service.STORE), publisher.publisher()) == 1);
    }

    private void assertFailedWithReason(LocalPipeline pipeline, String name) {
        Path reason = await(name + " in failed/ with its reason").atMost(SETTLE)
                .until(() -> find(pipeline.failed(), name + ".error.json"), found -> found != null);
        assertThat(reason.resolveSibling(name)).exists();
        try {
            String why = json.mapper().readTree(Files.readString(reason)).path("reason").asString("");
            System.out.printf("[poison] %s -> failed/ (%s)%n", name, why);
            assertThat(why).as("reason for " + name).isNotBlank();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path find(Path folder, String name) throws IOException {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(path -> path.getFileName().toString().equals(name)).findFirst().orElse(null);
        }
    }

    private static Map<Service, Long> pids(LocalPipeline pipeline) {
        Map<Service, Long> pids = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            assertThat(pipeline.isAlive(service)).as(service + " running").isTrue();
            pids.put(service, pipeline.pid(service));
        }
        return pids;
    }

    private static byte[] binary() {
        byte[] bytes = new byte[4096];
        IntStream.range(0, bytes.length).forEach(i -> bytes[i] = (byte) (i * 31 + 7));
        return bytes;
    }
}

package dev.newsflow.system.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.NamedEntity;
import dev.newsflow.events.SentimentLabel;
import dev.newsflow.system.harness.ArticleFiles;
import dev.newsflow.system.harness.Http;
import dev.newsflow.system.harness.LocalPipeline;
import dev.newsflow.system.harness.RawArticles;
import dev.newsflow.system.harness.Service;
import dev.newsflow.system.harness.SharedPipeline;
import dev.newsflow.system.harness.StoreApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 2's promise: a file dropped into the inbox comes out of the store API enriched, through a real broker. */
@ExtendWith(SharedPipeline.class)
class EndToEndIT {

    private static final Duration PIPELINE = Duration.ofSeconds(90);

    private final EventJson json = new EventJson();

    @Test
    void aDroppedFileComesOutOfTheStoreApiEnriched(LocalPipeline pipeline) throws IOException {
        // unique per run, so a PostgreSQL that kept earlier runs' rows cannot make this pass
        String title = "Floods leave Lyon suburbs in ruins as Macron promises emergency aid (bulletin "
                + ThreadLocalRandom.current().nextInt(100_000, 1_000_000) + ")";
        ArticleFiles.dropText(pipeline, "lyon-floods.txt", title, "Rhone Valley Courier", List.of(
                "Severe flooding killed four people and destroyed hundreds of homes in the suburbs of Lyon on Sunday,"
                        + " leaving thousands of families without power or clean water.",
                "President Emmanuel Macron travelled from Paris to the disaster zone and promised emergency aid, but"
                        + " angry residents accused the government of ignoring repeated warnings about failing river"
                        + " defences.",
                "The French Red Cross warned that the crisis in France could get worse if the heavy rain returns,"
                        + " and officials fear the death toll will rise.",
                "Macron called the deaths a terrible tragedy and said the damage was devastating."));

        String id = await("ingest to publish the article").atMost(PIPELINE)
                .until(() -> RawArticles.findByTitle(pipeline, title), found -> found.isPresent())
                .orElseThrow().key();
        String url = pipeline.baseUrl(Service.STORE) + "/api/articles/" + id;
        await("the store to serve " + url).atMost(PIPELINE).until(() -> Http.status(url) == 200);

        ArticleEnriched article = json.read(Http.body(url), ArticleEnriched.class);
        assertThat(article.id()).isEqualTo(id);
        assertThat(article.title()).isEqualTo(title);
        assertThat(article.source()).isEqualTo("Rhone Valley Courier");
        assertThat(article.body()).contains("Severe flooding killed four people").doesNotContain("Source:");
        assertThat(article.entities())
                .anySatisfy(entity -> assertEntity(entity, EntityType.PERSON, "Macron"))
                .anySatisfy(entity -> assertEntity(entity, EntityType.LOCATION, "Paris"))
                .anySatisfy(entity -> assertEntity(entity, EntityType.LOCATION, "Lyon"));
        assertThat(article.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(article.sentiment().score()).isBetween(-1.0, 0.0);
        assertThat(StoreApi.listedIds(pipeline)).contains(id);

        assertThat(filesNamed(pipeline.processed(), "lyon-floods.txt")).hasSize(1);
        assertThat(pipeline.inbox().resolve("lyon-floods.txt")).doesNotExist();
    }

    @Test
    void aFileThatIsNotAnArticleGoesToFailedWithTheReason(LocalPipeline pipeline) throws IOException {
        ArticleFiles.drop(pipeline, "blank-page.txt", "\n\n   \n".getBytes());

        await("ingest to refuse the file").atMost(PIPELINE)
                .until(() -> filesNamed(pipeline.failed(), "blank-page.txt").size() == 1);
        Path failed = filesNamed(pipeline.failed(), "blank-page.txt").getFirst();
        Path reason = failed.resolveSibling("blank-page.txt.error.json");
        assertThat(reason).exists();
        assertThat(json.mapper().readTree(Files.readString(reason)).isObject()).isTrue();
        assertThat(pipeline.inbox().resolve("blank-page.txt")).doesNotExist();
    }

    private static void assertEntity(NamedEntity entity, EntityType type, String name) {
        assertThat(entity.type()).isEqualTo(type);
        assertThat(entity.name()).contains(name);
    }

    private static List<Path> filesNamed(Path folder, String name) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(path -> path.getFileName().toString().equals(name)).toList();
        }
    }
}

package dev.newsflow.system.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import dev.newsflow.events.Topics;
import dev.newsflow.system.harness.ArticleFiles;
import dev.newsflow.system.harness.ArticleFormats;
import dev.newsflow.system.harness.GeneratedArticles;
import dev.newsflow.system.harness.LocalPipeline;
import dev.newsflow.system.harness.PublisherCounts;
import dev.newsflow.system.harness.Service;
import dev.newsflow.system.harness.SharedPipeline;
import dev.newsflow.system.harness.TopicReader;
import dev.newsflow.events.EventJson;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17, item 2: ingest never reads outside its home. Links to system files, a FIFO and a directory named like
 * an article, all in the inbox, publish nothing; ingest keeps running and takes the good file dropped after them.
 * The very last class: an ingest stuck on a FIFO would stall whatever runs after it.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(SharedPipeline.class)
class SymlinkFarmIT {

    private static final Duration PIPELINE = Duration.ofSeconds(90);
    private static final Set<String> FARM = Set.of("passwd.txt", "status.txt", "fifo.txt", "folder.txt", "inbox-loop.txt");

    @Test
    void linksSpecialFilesAndFoldersInTheInboxPublishNothing(LocalPipeline pipeline) throws Exception {
        long ingest = pipeline.pid(Service.INGEST);
        Path inbox = pipeline.inbox();
        Files.createSymbolicLink(inbox.resolve("passwd.txt"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(inbox.resolve("status.txt"), Path.of("/proc/self/status"));
        Files.createSymbolicLink(inbox.resolve("inbox-loop.txt"), inbox);
        Files.createDirectories(inbox.resolve("folder.txt"));
        Files.writeString(inbox.resolve("folder.txt").resolve("inside.txt"), "Inside a folder\n\nNot an article to take.\n");
        assertThat(new ProcessBuilder("mkfifo", inbox.resolve("fifo.txt").toString()).start().waitFor()).isZero();

        GeneratedArticles after = GeneratedArticles.of("Symlink farm", 1);
        ArticleFiles.dropAs(pipeline.home(), ArticleFormats.TXT, "after-the-farm", after.all());
        await("the good file dropped after the farm to be stored").atMost(PIPELINE)
                .until(() -> PublisherCounts.storedCount(pipeline.baseUrl(Service.STORE), after.publisher()) == 1);

        assertThat(publishedFileNames(pipeline).stream().filter(name -> FARM.contains(name) || name.equals("inside.txt")))
                .as("articles published from the farm, by file name").isEmpty();
        assertThat(pipeline.isAlive(Service.INGEST)).isTrue();
        assertThat(pipeline.pid(Service.INGEST)).as("ingest not restarted").isEqualTo(ingest);
        assertThat(Files.readString(Path.of("/etc/passwd"))).as("the link's target untouched").isNotEmpty();
    }

    private static List<String> publishedFileNames(LocalPipeline pipeline) throws IOException {
        EventJson json = new EventJson();
        return TopicReader.readAll(pipeline.bootstrapServers(), Topics.RAW_ARTICLES).stream()
                .map(record -> {
                    try {
                        return json.mapper().readTree(record.value()).path("origin").path("fileName").asString("");
                    } catch (RuntimeException notJson) {
                        return "";
                    }
                })
                .toList();
    }
}

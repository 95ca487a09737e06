package dev.newsflow.ingest.watch;

import dev.newsflow.ingest.IngestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Ingest's health says when it cannot take anything because its inbox is gone. */
class InboxHealthTest {

    @TempDir
    Path home;

    @Test
    void isDownWhileTheInboxFolderIsMissingAndUpOnceItIsThere() throws IOException {
        IngestSettings settings = TestSettings.under(home, Duration.ofSeconds(1), 10);
        InboxHealth health = new InboxHealth(settings);

        assertThat(health.health(true).getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health(true).getDetails()).containsKey("problem");

        Files.createDirectories(settings.inbox());
        assertThat(health.health(true).getStatus()).isEqualTo(Status.UP);
    }
}

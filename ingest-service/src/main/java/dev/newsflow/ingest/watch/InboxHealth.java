package dev.newsflow.ingest.watch;

import dev.newsflow.ingest.IngestSettings;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** DOWN while the inbox folder is missing ({@link InboxPresence}): ingest is running but can take nothing. */
@Component("inbox")
class InboxHealth extends AbstractHealthIndicator {

    private final IngestSettings settings;

    InboxHealth(IngestSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        if (InboxPresence.isFolder(settings.inbox())) {
            health.up();
        } else {
            health.down().withDetail("inbox", settings.inbox().toAbsolutePath().toString())
                    .withDetail("problem", "the inbox folder is missing: create it, or restart ingest, which"
                            + " creates it");
        }
    }
}

package dev.newsflow.system.faults;

import dev.newsflow.system.harness.ExactlyOnce;
import dev.newsflow.system.harness.GeneratedArticles;
import dev.newsflow.system.harness.LocalPipeline;
import dev.newsflow.system.harness.Service;
import dev.newsflow.system.harness.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9, scenario 4: store-service crashes (SIGKILL) while it is storing the stream. Offsets are committed only
 * after the database commit, so the restarted store redoes the open batch, and upserts keep one row per article.
 */
@ExtendWith(SharedPipeline.class)
class StoreCrashIT {

    private static final int ARTICLES = 1_000;

    @Test
    void everyArticleIsStoredOnceWhenStoreIsKilledMidStream(LocalPipeline pipeline) {
        GeneratedArticles articles = GeneratedArticles.of("Store crash", ARTICLES);
        ExactlyOnce check = ExactlyOnce.of("store crash", pipeline);

        long seen = FaultDrops.dropAndAwaitPartlyStored(pipeline, "store-crash", articles);
        pipeline.kill(Service.STORE);
        System.out.printf("[store crash] killed store with %d of %d articles stored%n", seen, ARTICLES);

        pipeline.restart(Service.STORE);
        check.assertAll(articles);
    }
}

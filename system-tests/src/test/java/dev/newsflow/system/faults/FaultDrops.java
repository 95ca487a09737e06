package dev.newsflow.system.faults;

import java.time.Duration;
import java.util.List;

import dev.newsflow.system.harness.ArticleFiles;
import dev.newsflow.system.harness.ArticleFormats;
import dev.newsflow.system.harness.GeneratedArticles;
import dev.newsflow.system.harness.GeneratedArticles.Article;
import dev.newsflow.system.harness.LocalPipeline;
import dev.newsflow.system.harness.MidStream;
import dev.newsflow.system.harness.PublisherCounts;
import dev.newsflow.system.harness.Service;

/** How the fault scenarios feed the pipeline: a stream long enough to strike in the middle of. */
final class FaultDrops {

    private FaultDrops() {
    }

    /** JSON Lines files of {@code perFile} articles each. */
    static void jsonLines(LocalPipeline pipeline, String baseName, GeneratedArticles articles, int perFile) {
        List<Article> all = articles.all();
        for (int from = 0; from < all.size(); from += perFile) {
            ArticleFiles.dropAs(pipeline.home(), ArticleFormats.JSON_LINES, baseName + "-" + from,
                    all.subList(from, Math.min(from + perFile, all.size())));
        }
    }

    /**
     * Drops the articles as JSON Lines files of 50 and returns once the store API counts between 20 % and 60 % of
     * them: the moment to strike. Fails when the stream went past 60 % between two looks.
     */
    static long dropAndAwaitPartlyStored(LocalPipeline pipeline, String baseName, GeneratedArticles articles) {
        jsonLines(pipeline, baseName, articles, 50);
        String store = pipeline.baseUrl(Service.STORE);
        return MidStream.awaitBetween("articles stored", () -> PublisherCounts.storedCount(store, articles.publisher()),
                articles.count() / 5, articles.count() * 6 / 10, Duration.ofMillis(50));
    }
}

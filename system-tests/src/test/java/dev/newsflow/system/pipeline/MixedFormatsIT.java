package dev.newsflow.system.pipeline;

import dev.newsflow.system.harness.ArticleFiles;
import dev.newsflow.system.harness.ExactlyOnce;
import dev.newsflow.system.harness.GeneratedArticles;
import dev.newsflow.system.harness.LocalPipeline;
import dev.newsflow.system.harness.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 9, scenario 1: a large drop in every format, single- and multi-article files, is stored whole, once. */
@ExtendWith(SharedPipeline.class)
class MixedFormatsIT {

    private static final int ARTICLES = 2_000;

    @Test
    void twoThousandArticlesInMixedFormatsAreEachStoredOnce(LocalPipeline pipeline) {
        GeneratedArticles articles = GeneratedArticles.of("Mixed formats", ARTICLES);
        ExactlyOnce check = ExactlyOnce.of("mixed formats", pipeline);

        int files = ArticleFiles.dropMixed(pipeline.home(), "mixed", articles.all());
        System.out.printf("[mixed formats] dropped %d articles in %d files (txt, md, json, json arrays, jsonl, rss)%n",
                ARTICLES, files);

        check.assertAll(articles);
    }
}

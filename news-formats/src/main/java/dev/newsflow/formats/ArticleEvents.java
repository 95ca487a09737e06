package dev.newsflow.formats;

import dev.newsflow.events.ArticleId;
import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.ArticleOrigin;

import java.time.Instant;
import java.util.List;

/**
 * A read file's usable articles as raw-article events, the one mapping ingest and the command line share: ids derived
 * from title and body, the file's origin (name, format, size, content hash) on each, one ingest time for all.
 */
public final class ArticleEvents {

    private ArticleEvents() {
    }

    /**
     * @param fileName the name the file was read under, as {@code origin.fileName}
     * @param content  the bytes {@code result} was read from (their size and hash go into the origin)
     */
    public static List<ArticleIngested> of(String fileName, byte[] content, FormatResult result, Instant ingestedAt) {
        ArticleOrigin origin = new ArticleOrigin(fileName, result.format(), content.length, ArticleId.sha256Hex(content));
        return result.articles().stream().map(a -> new ArticleIngested(ArticleId.of(a.title(), a.body()), a.title(),
                a.body(), a.source(), a.url(), a.author(), a.publishedAt(), a.language(), origin, ingestedAt)).toList();
    }
}

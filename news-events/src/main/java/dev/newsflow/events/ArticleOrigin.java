package dev.newsflow.events;

import java.util.Objects;

/**
 * Where an article came from.
 *
 * @param fileName      the dropped file's name (or the upload's), without folders
 * @param format        the reader that understood it: {@code txt}, {@code md}, {@code json}, {@code jsonl},
 *                      {@code html}, {@code rss}, {@code atom}, {@code api}
 * @param sizeBytes     size of the file as dropped
 * @param contentSha256 hex SHA-256 of the file's bytes as dropped
 */
public record ArticleOrigin(String fileName, String format, long sizeBytes, String contentSha256) {

    public ArticleOrigin {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
    }
}

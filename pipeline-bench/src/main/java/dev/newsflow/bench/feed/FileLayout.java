package dev.newsflow.bench.feed;

/** How the inbox feeder lays articles out in files. */
public enum FileLayout {
    /** one {@code .jsonl} file per batch, one article a line */
    jsonl,
    /** one {@code .txt} file per article (title line, blank line, body): what users drop */
    single
}

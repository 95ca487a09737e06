package dev.newsflow.formats;

/**
 * Size limits that keep one hostile or broken file from exhausting memory.
 *
 * @param maxFileBytes         largest input accepted, as dropped (compressed size for {@code .gz})
 * @param maxArticleBytes      largest single article (title + body, UTF-8); larger records are skipped
 * @param maxDecompressedBytes largest content a {@code .gz} may inflate to (zip bombs stop here)
 */
public record FormatLimits(long maxFileBytes, long maxArticleBytes, long maxDecompressedBytes) {

    public static final FormatLimits DEFAULTS = new FormatLimits(50L << 20, 512L << 10, 100L << 20);

    public FormatLimits {
        if (maxFileBytes <= 0 || maxArticleBytes <= 0 || maxDecompressedBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}

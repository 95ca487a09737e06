package dev.newsflow.formats;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Entry point: reads any supported article file, chosen by its extension. Thread-safe; create one and share it.
 *
 * <pre>{@code
 * FormatResult result = new ArticleFormats(FormatLimits.DEFAULTS).read("feed.rss", bytes);
 * }</pre>
 */
public final class ArticleFormats {

    /** Extensions understood (without {@code .gz}, which wraps any of them). */
    public static final List<String> EXTENSIONS =
            List.of("txt", "text", "md", "markdown", "json", "jsonl", "ndjson", "html", "htm", "xml", "rss", "atom");

    /** Every {@link FormatResult#format()} a read can report. */
    public static final List<String> FORMATS = List.of("txt", "md", "json", "jsonl", "html", "rss", "atom");

    private static final String GZIP = "gz";

    private final FormatLimits limits;
    private final Map<String, ArticleReader> readers;

    public ArticleFormats(FormatLimits limits) {
        this.limits = limits;
        ArticleReader text = new PlainTextReader();
        ArticleReader markdown = new MarkdownReader();
        ArticleReader json = new JsonArticleReader();
        ArticleReader jsonLines = new JsonLinesReader();
        ArticleReader html = new HtmlArticleReader();
        ArticleReader feed = new FeedReader();
        this.readers = Map.ofEntries(Map.entry("txt", text), Map.entry("text", text),
                Map.entry("md", markdown), Map.entry("markdown", markdown),
                Map.entry("json", json), Map.entry("jsonl", jsonLines), Map.entry("ndjson", jsonLines),
                Map.entry("html", html), Map.entry("htm", html),
                Map.entry("xml", feed), Map.entry("rss", feed), Map.entry("atom", feed));
    }

    public FormatLimits limits() {
        return limits;
    }

    /** True when {@code fileName} has an extension this class reads (possibly under {@code .gz}). */
    public boolean supports(String fileName) {
        return extension(innerName(fileName)).map(readers::containsKey).orElse(false);
    }

    /**
     * @throws FormatException when nothing in the file can be read at all (empty, binary, unsupported, malformed,
     *                         too large, unsafe XML); problems with single records are in the result instead
     */
    public FormatResult read(String fileName, byte[] content) {
        if (content.length > limits.maxFileBytes()) {
            throw new FormatException(FormatException.Reason.TOO_LARGE,
                    "file has " + content.length + " bytes, more than the limit of " + limits.maxFileBytes());
        }
        String name = fileName;
        byte[] bytes = content;
        if (extension(fileName).filter(GZIP::equals).isPresent()) {
            name = innerName(fileName);
            bytes = Gzip.inflate(content, limits.maxDecompressedBytes());
        }
        String ext = extension(name).orElse("");
        ArticleReader reader = readers.get(ext);
        if (reader == null) {
            throw new FormatException(FormatException.Reason.UNSUPPORTED, "unsupported file type '"
                    + (ext.isEmpty() ? name : "." + ext) + "'; supported: ." + String.join(", .", EXTENSIONS)
                    + " (optionally .gz)");
        }
        return reader.read(TextDecoder.decode(bytes), limits);
    }

    private static String innerName(String fileName) {
        return extension(fileName).filter(GZIP::equals).isPresent()
                ? fileName.substring(0, fileName.length() - GZIP.length() - 1) : fileName;
    }

    private static Optional<String> extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? Optional.empty()
                : Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}

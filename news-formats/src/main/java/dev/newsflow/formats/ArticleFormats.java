package dev.newsflow.formats;

import dev.newsflow.formats.feed.FeedReader;
import dev.newsflow.formats.html.HtmlArticleReader;
import dev.newsflow.formats.json.JsonArticleReader;
import dev.newsflow.formats.json.JsonLinesReader;
import dev.newsflow.formats.markdown.MarkdownReader;
import dev.newsflow.formats.text.Gzip;
import dev.newsflow.formats.text.PlainTextReader;
import dev.newsflow.formats.text.DecodedText;
import dev.newsflow.formats.text.TextDecoder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * Entry point: reads any supported article file, chosen by its extension. Thread-safe; create one and share it.
 *
 * <pre>{@code
 * FormatResult result = new ArticleFormats(FormatLimits.DEFAULTS).read("feed.rss", bytes);
 * }</pre>
 */
public final class ArticleFormats {

    /** Every {@link FormatResult#format()} a read can report: the readers' own names. */
    public static final List<String> FORMATS = List.of(PlainTextReader.FORMAT, MarkdownReader.FORMAT,
            JsonArticleReader.FORMAT, JsonLinesReader.FORMAT, HtmlArticleReader.FORMAT, FeedReader.RSS, FeedReader.ATOM);

    private static final String GZIP = "gz";
    // The readers hold no state, so one set serves every instance; the table is the one list of extensions.
    private static final SequencedMap<String, ArticleReader> READERS = readers();

    /** Extensions understood (without {@code .gz}, which wraps any of them). */
    public static final List<String> EXTENSIONS = List.copyOf(READERS.keySet());

    private final FormatLimits limits;

    public ArticleFormats(FormatLimits limits) {
        this.limits = limits;
    }

    private static SequencedMap<String, ArticleReader> readers() {
        ArticleReader text = new PlainTextReader();
        ArticleReader markdown = new MarkdownReader();
        ArticleReader jsonLines = new JsonLinesReader();
        ArticleReader html = new HtmlArticleReader();
        ArticleReader feed = new FeedReader();
        SequencedMap<String, ArticleReader> readers = new LinkedHashMap<>();
        List.of("txt", "text").forEach(ext -> readers.put(ext, text));
        List.of("md", "markdown").forEach(ext -> readers.put(ext, markdown));
        readers.put("json", new JsonArticleReader());
        List.of("jsonl", "ndjson").forEach(ext -> readers.put(ext, jsonLines));
        // a page saved as XHTML is read as browsers read one served as text/html, forgivingly
        List.of("html", "htm", "xhtml", "xht").forEach(ext -> readers.put(ext, html));
        // RSS 1.0 feeds are often saved under the name of their RDF root
        List.of("xml", "rss", "atom", "rdf").forEach(ext -> readers.put(ext, feed));
        return Collections.unmodifiableSequencedMap(readers);
    }

    public FormatLimits limits() {
        return limits;
    }

    /** True when {@code fileName} has an extension this class reads (possibly under {@code .gz}). */
    public boolean supports(String fileName) {
        return extension(innerName(fileName)).map(READERS::containsKey).orElse(false);
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
        ArticleReader reader = READERS.get(ext);
        if (reader == null) {
            throw new FormatException(FormatException.Reason.UNSUPPORTED, "unsupported file type '"
                    + (ext.isEmpty() ? name : "." + ext) + "'; supported: ." + String.join(", .", EXTENSIONS)
                    + " (optionally .gz)");
        }
        DecodedText text = TextDecoder.read(bytes);
        try {
            return reader.read(text, limits);
        } catch (StackOverflowError tooDeep) {
            // parsers and the walks over what they build recurse as deep as a file nests (Rome writes an item's
            // markup out recursively, CommonMark merges nested emphasis so): a file nested tens of thousands deep
            // would otherwise end the whole service (a VirtualMachineError halts ingest), not just its own reading
            throw new FormatException(FormatException.Reason.MALFORMED,
                    "elements nested too deeply to read as ." + ext, tooDeep);
        }
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

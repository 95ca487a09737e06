package dev.newsflow.formats.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.newsflow.formats.ArticleCollector;
import dev.newsflow.formats.ArticleReader;
import dev.newsflow.formats.FormatException;
import dev.newsflow.formats.FormatLimits;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.html.HtmlText;
import dev.newsflow.formats.text.DecodedText;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RSS 2.0 and Atom ({@code .xml}, {@code .rss}, {@code .atom}) through Rome: every item an article, HTML content
 * turned into text, the feed title as the source. Rome refuses DOCTYPE declarations by default, which is what
 * stops XXE and entity expansion; that default is relied on and tested, never switched on.
 */
public final class FeedReader implements ArticleReader {

    public static final String RSS = "rss";
    public static final String ATOM = "atom";
    // Atom says its language in xml:lang on <feed>, which Rome does not hand on
    private static final Pattern FEED_LANG = Pattern.compile("<(?:\\w+:)?feed\\b[^>]*?\\sxml:lang\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final int HEAD = 4096;

    @Override
    public FormatResult read(String text, FormatLimits limits) {
        return read(DecodedText.of(text), limits);
    }

    /** Parsed as it is read: a bulk feed kept as its bytes is never made one string beside Rome's document of it. */
    @Override
    public FormatResult read(DecodedText text, FormatLimits limits) {
        SyndFeed feed = parse(text.reader());
        String format = feed.getFeedType() != null && feed.getFeedType().toLowerCase(Locale.ROOT).startsWith("atom")
                ? ATOM : RSS;
        ArticleCollector out = new ArticleCollector(format, limits);
        String language = feed.getLanguage() != null ? feed.getLanguage() : atomLanguage(text);
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            out.add(new ArticleCollector.Fields(entry.getTitle(), body(entry), feed.getTitle(), entry.getLink(),
                            entry.getAuthor(),
                            entry.getPublishedDate() != null ? entry.getPublishedDate().toInstant()
                                    : entry.getUpdatedDate() != null ? entry.getUpdatedDate().toInstant() : null,
                            language),
                    ArticleCollector.RecordLocation.index(i));
        }
        if (entries.isEmpty()) {
            out.problem(ArticleCollector.RecordLocation.document(), "feed has no items");
        }
        return out.result();
    }

    private static SyndFeed parse(Reader text) {
        try {
            return new SyndFeedInput().build(text);
        } catch (FeedException | IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE")) {
                throw new FormatException(FormatException.Reason.UNSAFE_XML,
                        "XML with a DOCTYPE (DTD or external entities) is refused", e);
            }
            throw new FormatException(FormatException.Reason.MALFORMED, "not a readable RSS or Atom feed: " + message, e);
        }
    }

    private static String atomLanguage(DecodedText text) {
        char[] head = new char[HEAD];
        int length = 0;
        try (Reader reader = text.reader()) {
            int read;
            while (length < HEAD && (read = reader.read(head, length, HEAD - length)) >= 0) {
                length += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher lang = FEED_LANG.matcher(CharBuffer.wrap(head, 0, length));
        return lang.find() ? lang.group(1) : null;
    }

    /** Full content when the feed carries it, else the summary. */
    private static String body(SyndEntry entry) {
        String html = entry.getContents().stream().map(SyndContent::getValue).filter(v -> v != null && !v.isBlank())
                .findFirst()
                .orElse(entry.getDescription() == null ? null : entry.getDescription().getValue());
        return html == null ? null : HtmlText.paragraphs(Jsoup.parseBodyFragment(html).body());
    }
}

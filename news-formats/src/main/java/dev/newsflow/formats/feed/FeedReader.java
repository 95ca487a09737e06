package dev.newsflow.formats.feed;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.newsflow.formats.ArticleCollector;
import dev.newsflow.formats.ArticleReader;
import dev.newsflow.formats.FormatException;
import dev.newsflow.formats.FormatLimits;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.Links;
import dev.newsflow.formats.dates.Dates;
import dev.newsflow.formats.html.HtmlText;
import dev.newsflow.formats.text.DecodedText;
import dev.newsflow.formats.text.Spaces;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * RSS 2.0, RSS 1.0 and Atom ({@code .xml}, {@code .rss}, {@code .atom}, {@code .rdf}) through Rome: every item an
 * article (of a WordPress export its published posts, {@link WordPressExport}), HTML content
 * turned into text, the feed title as the source. No parse of a feed reads a DTD or expands an entity it declares:
 * Rome refuses DOCTYPE declarations by default (relied on and tested, never switched on; {@link FeedProlog} says
 * which DOCTYPEs are blanked out before), the forgiving read of a feed that is not well-formed refuses any DOCTYPE
 * left ({@link LenientFeed}), and the pass for what Rome reads otherwise has DTDs off ({@link WrittenItems}).
 */
public final class FeedReader implements ArticleReader {

    public static final String RSS = "rss";
    private static final Pattern FOUR_DIGITS = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
    private static final Pattern TWO_DIGITS = Pattern.compile("(?<!\\d)\\d{2}(?!\\d)");
    public static final String ATOM = "atom";

    @Override
    public FormatResult read(String text, FormatLimits limits) {
        return read(DecodedText.of(text), limits);
    }

    /**
     * Parsed as it is read: a bulk feed kept as its bytes is never made one string beside Rome's document of it. Read
     * again: its first 4 KB ({@link FeedProlog}), and after Rome the streaming pass for the items' dates and, for a
     * feed that is not well-formed, the forgiving parse (of at most 2 MB, one string).
     */
    @Override
    public FormatResult read(DecodedText text, FormatLimits limits) {
        FeedProlog prolog = FeedProlog.of(text);
        SyndFeed feed = parse(prolog);
        String format = feed.getFeedType() != null && feed.getFeedType().toLowerCase(Locale.ROOT).startsWith("atom")
                ? ATOM : RSS;
        ArticleCollector out = new ArticleCollector(format, limits);
        String language = language(feed, prolog);
        boolean atom = format.equals(ATOM);
        boolean atom10 = "atom_1.0".equals(feed.getFeedType());
        String source = FeedText.title(feed.getTitleEx(), feed.getFeedType());
        String base = prolog.base();
        List<SyndEntry> entries = feed.getEntries();
        List<WrittenItems.Written> writtenItems = WrittenItems.of(prolog.reader(), entries.size());
        WordPressExport wordPress = atom ? null : WordPressExport.of(feed);
        int notArticles = 0;
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            if (wordPress != null && !wordPress.isArticle(entry)) {
                notArticles++;
                continue;
            }
            String body = body(entry, atom10, wordPress != null);
            WrittenItems.Written written = i < writtenItems.size() ? writtenItems.get(i) : WrittenItems.Written.NONE;
            String title = written.markedUpTitle() != null ? Spaces.collapsed(written.markedUpTitle()).strip()
                    : FeedText.title(entry.getTitleEx(), feed.getFeedType());
            // an item of a headline and a link (link blogs, aggregators, breaking-news feeds) is news too: its
            // headline is all the text it has
            body = (body == null || body.isBlank()) && title != null ? title : body;
            Instant date = dateOf(written, entry.getPublishedDate(), entry.getUpdatedDate());
            String link = Links.resolve(pageLink(entry), entryBase(entry), base, feed.getLink());
            String itemLanguage = written.language() != null && !written.language().isBlank() ? written.language()
                    : language;
            String authors = wordPress != null ? wordPress.authors(entry) : ItemAuthors.of(entry, feed, atom);
            out.add(new ArticleCollector.Fields(title, body, source, link, authors, date, itemLanguage),
                    ArticleCollector.RecordLocation.index(i));
        }
        if (entries.isEmpty()) {
            out.problem(ArticleCollector.RecordLocation.document(), "feed has no items");
        } else if (notArticles == entries.size()) {
            out.problem(ArticleCollector.RecordLocation.document(), "a WordPress export with no published post: its "
                    + notArticles + " items are pages, drafts, private or protected posts, uploads, site settings or"
                    + " plugins' records");
        }
        return out.result();
    }

    /**
     * An item's date: the feed's own words read as a page's dates are ({@link WrittenItems}) before Rome's reading of
     * the same element, which its lenient masks get wrong (a 30 February is 2 March, microseconds count as milliseconds:
     * {@code .123456} adds two minutes); Rome's where the words give none (a feed read forgivingly), or only a day or
     * a time read as UTC where Rome reads a time too (a zone name the words' reader does not place). Publication
     * before update.
     */
    private static Instant dateOf(WrittenItems.Written written, Date romePublished, Date romeUpdated) {
        Instant published = better(written.published(), romePublished, written.unreadPublished());
        return published != null ? published : better(written.updated(), romeUpdated, written.unreadUpdated());
    }

    /**
     * @param unread the date the feed wrote where the words gave none: Rome's masks roll what they cannot read into
     *               another date (an ordinal day, 2003-335, into 2030; a two-digit year into year 3), so Rome's reading
     *               stands only when its year is written there (in two digits where the text writes no four)
     */
    private static Instant better(WrittenItems.Reading written, Date rome, String unread) {
        if (rome == null || written != null
                && (written.kind() == WrittenItems.Reading.Kind.PLACED || Dates.isDayOnly(rome.toInstant()))) {
            return written == null ? null : written.at();
        }
        Instant read = rome.toInstant();
        return written == null && unread != null && !yearWritten(read.atZone(ZoneOffset.UTC).getYear(), unread) ? null
                : read;
    }

    /** Whether {@code text} writes {@code year}: in four digits, or in its last two where it writes no four. */
    private static boolean yearWritten(int year, String text) {
        if (year < 1000 || year > 9999) {
            return false;
        }
        if (text.contains(Integer.toString(year))) {
            return true;
        }
        if (FOUR_DIGITS.matcher(text).find()) {
            return false;
        }
        String lastTwo = String.format("%02d", year % 100);
        return TWO_DIGITS.matcher(text).results().anyMatch(number -> number.group().equals(lastTwo));
    }

    private static SyndFeed parse(FeedProlog prolog) {
        try {
            return input().build(prolog.reader());
        } catch (FeedException | IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE")) {
                throw FeedProlog.refused(e);
            }
            if (e instanceof ParsingFeedException notWellFormed) {
                return LenientFeed.parse(prolog.reader(), notWellFormed);
            }
            // Rome's word for a well-formed document no feed parser takes: a sitemap, a web page, an OPML list
            String root = prolog.rootElement();
            String namespace = prolog.rootNamespace();
            if (message.equals("Invalid document") && root != null && namespace != null) {
                throw new FormatException(FormatException.Reason.MALFORMED, "not a readable RSS or Atom feed: its root"
                        + " element <" + root + "> is in the namespace " + namespace + ", which is none of RSS's or"
                        + " Atom's (Atom 1.0's is http://www.w3.org/2005/Atom, RSS 1.0's http://purl.org/rss/1.0/)", e);
            }
            if (message.equals("Invalid document") && root != null) {
                throw new FormatException(FormatException.Reason.MALFORMED, "not a readable RSS or Atom feed: its root"
                        + " element is <" + root + ">, not <rss>, <feed> or <rdf:RDF>", e);
            }
            throw new FormatException(FormatException.Reason.MALFORMED, "not a readable RSS or Atom feed: " + message,
                    e);
        }
    }

    /**
     * Rome's reader of feeds, keeping each entry as parsed beside its converted form: an Atom entry's own
     * {@code xml:base} is known only there. The parsed feed is built whole before it is converted either way, so
     * keeping it costs no more at the peak; it is only held until the entries are read.
     */
    static SyndFeedInput input() {
        SyndFeedInput input = new SyndFeedInput();
        input.setPreserveWireFeed(true);
        return input;
    }

    /**
     * The entry's page: of an Atom entry's alternate links the first to a web page (no type, or an HTML one), as feed
     * readers choose it, where Rome takes the first of any type (a JSON or an audio version listed before the page);
     * of an RSS item without a {@code <link>}, its Atom one.
     */
    private static String pageLink(SyndEntry entry) {
        if (entry.getLink() == null || entry.getLink().isBlank()) {
            return ForeignMarkup.atomLink(entry);
        }
        if (entry.getWireEntry() instanceof Entry atom) {
            for (Link alternate : atom.getAlternateLinks()) {
                String type = alternate.getType() == null ? "" : alternate.getType().strip().toLowerCase(Locale.ROOT);
                if (alternate.getHref() != null && (type.isEmpty() || type.startsWith("text/html")
                        || type.startsWith("application/xhtml+xml"))) {
                    return alternate.getHref();
                }
            }
        }
        return entry.getLink();
    }

    /** An Atom entry's own {@code xml:base}, which its relative links are resolved against first; else null. */
    private static String entryBase(SyndEntry entry) {
        return entry.getWireEntry() instanceof Entry atom ? atom.getXmlBase() : null;
    }

    /**
     * Full content when the feed carries it, else the summary: the first with text, so a {@code content:encoded} that
     * holds only an image or a player does not hide the description's words; else the text it writes in another
     * vocabulary ({@link ForeignMarkup}), else a podcast's or video's text ({@link MediaText}). HTML is turned into
     * text; an Atom 1.0 content or summary that says it is text ({@code type="text"}, {@code text/plain}) holds none,
     * so "the {@code <b>} tag" keeps its words. Only Atom 1.0's: Rome gives that type to RSS 0.91's descriptions and
     * to Atom 0.3's untyped content whatever its mode (escaped HTML, XML), HTML in practice.
     */
    private static String body(SyndEntry entry, boolean atom10, boolean wordPress) {
        Stream<SyndContent> candidates = Stream.concat(entry.getContents().stream(), Stream.ofNullable(
                entry.getDescription()));
        return candidates.filter(content -> content.getValue() != null && !content.getValue().isBlank())
                .map(content -> atom10 && isText(content.getType()) ? FeedText.plain(content.getValue())
                        : html(wordPress ? WordPressContent.shown(content.getValue()) : content.getValue()))
                .filter(text -> !text.isBlank()).findFirst()
                .orElseGet(() -> {
                    String foreign = ForeignMarkup.text(entry);
                    return foreign != null ? foreign : MediaText.of(entry);
                });
    }

    /** HTML as text, read twice when it was escaped twice ({@link FeedText#isEscapedHtml}). */
    private static String html(String value) {
        String text = HtmlText.ofFragment(value);
        return FeedText.isEscapedHtml(value, text) ? HtmlText.ofFragment(text) : text;
    }

    /**
     * The feed's language: RSS's {@code <language>} (Rome's), else a {@code dc:language} of the channel, which Rome
     * hands on from RSS 1.0 only, else an {@code xml:lang} on the root element or the channel.
     */
    private static String language(SyndFeed feed, FeedProlog prolog) {
        if (feed.getLanguage() != null && !feed.getLanguage().isBlank()) {
            return feed.getLanguage();
        }
        // Rome's conversion sets the feed's language from <language>, null, over the channel's dc:language
        DCModule dc = feed.originalWireFeed() == null ? null
                : (DCModule) feed.originalWireFeed().getModule(DCModule.URI);
        return dc != null && dc.getLanguage() != null && !dc.getLanguage().isBlank() ? dc.getLanguage()
                : prolog.rootLanguage();
    }

    private static boolean isText(String type) {
        return type != null && (type.equalsIgnoreCase("text") || type.equalsIgnoreCase("text/plain"));
    }
}

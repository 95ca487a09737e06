package dev.newsflow.formats.feed;

import dev.newsflow.formats.FormatException;
import dev.newsflow.formats.text.DecodedText;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A feed's first characters, read before Rome parses it: the language an Atom feed states on {@code <feed>}, the root
 * element's {@code xml:base} (what relative links are relative to), and a DOCTYPE that only names an external DTD,
 * blanked out unread. RSS 0.91 feeds name Netscape's or UserLand's DTD for
 * HTML's entities ({@code &nbsp;}, {@code &eacute;}), which Rome's healer turns into characters without any DTD.
 * <p>
 * Hand-written because Rome has two settings for a DOCTYPE: refuse it (kept, so the XML parser never reads one) or
 * hand it to the parser's DTD processing, where entities expand and external ones resolve; neither reads such a
 * feed safely. Any other DOCTYPE (an internal subset, {@code [...]}, declares entities of its own; or one not at the
 * feed's start) is left in place and refused, by the strict parse and the forgiving one ({@link LenientFeed}) alike.
 */
record FeedProlog(DecodedText text, String head) {

    private static final int HEAD = 4096;
    // Atom says its language in xml:lang on <feed>, which Rome does not hand on; some RSS feeds on <rss> or <channel>
    private static final Pattern ROOT_LANG = Pattern.compile(
            "<(?:\\w+:)?(?:feed|rss|RDF|channel)\\b[^>]*?\\sxml:lang\\s*=\\s*[\"']([^\"']+)[\"']");
    // xml:base on the root element (Atom's feed), what its relative links are relative to
    private static final Pattern ROOT_BASE =
            Pattern.compile("<(?:\\w+:)?(?:feed|rss|RDF)\\b[^>]*?\\sxml:base\\s*=\\s*[\"']([^\"']+)[\"']");
    // the first start tag: not a declaration (<?xml ?>), a comment or a DOCTYPE (<!...>)
    private static final Pattern ROOT_ELEMENT = Pattern.compile("<([A-Za-z_][\\w:.-]*)");
    // <!DOCTYPE name>, with SYSTEM "uri" or PUBLIC "id" "uri" and no '[': nothing declared in the document itself
    private static final Pattern EXTERNAL_DOCTYPE = Pattern.compile(
            "<!DOCTYPE\\s+[^\\s\\[>]+(?:\\s+(?:SYSTEM|PUBLIC)(?:\\s*(?:\"[^\"]*\"|'[^']*')){1,2})?\\s*>",
            Pattern.CASE_INSENSITIVE);

    /** The refusal of a feed whose DOCTYPE was left in place. */
    static FormatException refused(Exception cause) {
        return new FormatException(FormatException.Reason.UNSAFE_XML, "XML with a DOCTYPE that does more than name an"
                + " external DTD at the feed's start (an internal subset declares entities) is refused", cause);
    }

    static FeedProlog of(DecodedText text) {
        return new FeedProlog(text, read(text.reader(), HEAD));
    }

    /** At most {@code max} characters of the text, the reader closed. */
    static String read(Reader text, int max) {
        StringBuilder read = new StringBuilder(Math.min(max, 1 << 16));
        try (text) {
            char[] buffer = new char[Math.min(max, 8192)];
            for (int n; read.length() < max
                    && (n = text.read(buffer, 0, Math.min(buffer.length, max - read.length()))) >= 0; ) {
                read.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read.toString();
    }

    /** The name of the first element, the root, as the file writes it ({@code urlset}, {@code html}), or null. */
    String rootElement() {
        Matcher root = ROOT_ELEMENT.matcher(head);
        return root.find() ? root.group(1) : null;
    }

    /** The root element's {@code xml:base}, or null. */
    String base() {
        Matcher base = ROOT_BASE.matcher(head);
        return base.find() ? base.group(1) : null;
    }

    /** The {@code xml:lang} of the root element (or of an RSS channel), or null. */
    String rootLanguage() {
        Matcher lang = ROOT_LANG.matcher(head);
        return lang.find() ? lang.group(1) : null;
    }

    /**
     * The feed as every parse of it reads it: without the characters XML forbids ({@link XmlCharacters}), and with a
     * DOCTYPE that only names an external DTD turned into spaces (its line breaks kept, so a parse error's line and
     * column still point into the file).
     */
    Reader reader() {
        return new XmlCharacters(withoutExternalDoctype());
    }

    private Reader withoutExternalDoctype() {
        int markup = firstMarkup();
        Matcher doctype = EXTERNAL_DOCTYPE.matcher(head);
        if (markup < 0 || !doctype.region(markup, head.length()).lookingAt()) {
            return text.reader();
        }
        StringBuilder prolog = new StringBuilder(head.substring(0, doctype.end()));
        for (int i = doctype.start(); i < doctype.end(); i++) {
            if (prolog.charAt(i) != '\n' && prolog.charAt(i) != '\r') {
                prolog.setCharAt(i, ' ');
            }
        }
        try {
            Reader rest = text.reader();
            for (long left = doctype.end(); left > 0; ) {
                left -= rest.skip(left);
            }
            PushbackReader reader = new PushbackReader(rest, prolog.length());
            reader.unread(prolog.toString().toCharArray());
            return reader;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the first markup after the XML declaration, comments and processing instructions starts, else -1. */
    private int firstMarkup() {
        int i = 0;
        while (i < head.length()) {
            char c = head.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c)) {
                i++;
            } else if (head.startsWith("<?", i)) {
                i = after("?>", i);
            } else if (head.startsWith("<!--", i)) {
                i = after("-->", i + 4);
            } else {
                return c == '<' ? i : -1;
            }
            if (i < 0) {
                return -1;
            }
        }
        return -1;
    }

    private int after(String end, int from) {
        int at = head.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }
}

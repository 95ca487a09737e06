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
 * element's {@code xml:base} (what relative links are relative to), a root {@code <feed>} or {@code <rdf:RDF>} written
 * without its namespace (given it), and a DOCTYPE that only names an external DTD (or whose internal subset declares
 * no entity), blanked out unread. RSS 0.91 feeds name Netscape's or UserLand's DTD for HTML's entities
 * ({@code &nbsp;}, {@code &eacute;}), which Rome's healer turns into characters without any DTD.
 * <p>
 * Hand-written because Rome has two settings for a DOCTYPE: refuse it (kept, so the XML parser never reads one) or
 * hand it to the parser's DTD processing, where entities expand and external ones resolve; neither reads such a
 * feed safely. Any other DOCTYPE (an internal subset, {@code [...]}, that declares entities of its own; or one not at
 * the feed's start) is left in place and refused, by the strict parse and the forgiving one ({@link LenientFeed})
 * alike.
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
    // <!DOCTYPE name>, with SYSTEM "uri" or PUBLIC "id" "uri": its start, up to its '>' or its internal subset's '['
    private static final Pattern DOCTYPE_START = Pattern.compile(
            "<!DOCTYPE\\s+[^\\s\\[>]+(?:\\s+(?:SYSTEM|PUBLIC)(?:\\s*(?:\"[^\"]*\"|'[^']*')){1,2})?\\s*[\\[>]",
            Pattern.CASE_INSENSITIVE);

    // a root <feed> or <rdf:RDF> start tag with no default namespace declared in it (up to its name's end)
    private static final Pattern UNNAMESPACED_ROOT =
            Pattern.compile("<(feed|rdf:RDF)(?=[\\s>/])(?![^>]*\\sxmlns\\s*=)");
    // a root <rss> that declares a namespace of its own (RSS 1.0's, a made-up RSS 2.0 one, XHTML's), which RSS 0.9x
    // and 2.0 do not have: feed readers read it as RSS, Rome finds no channel in it. UserLand's, which Rome reads as
    // RSS 2.0, stays
    private static final Pattern RSS_IN_NAMESPACE = Pattern.compile("<rss(?=[\\s>])[^>]*?(\\sxmlns\\s*=\\s*([\"'])"
            + "(?!http://backend\\.userland\\.com/rss2\\2|http://blogs\\.law\\.harvard\\.edu/tech/rss\\2)[^\"']*\\2)");
    // the default namespace a root <feed>, <rss> or <rdf:RDF> declares
    private static final Pattern ROOT_NAMESPACE = Pattern.compile(
            "<(?:feed|rss|rdf:RDF)(?=[\\s>/])[^>]*?\\sxmlns\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final String ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";
    private static final String RSS10_NAMESPACE = "http://purl.org/rss/1.0/";

    /** The refusal of a feed whose DOCTYPE was left in place. */
    static FormatException refused(Exception cause) {
        return new FormatException(FormatException.Reason.UNSAFE_XML, "XML with a DOCTYPE that declares entities of"
                + " its own, or one that is not at the feed's start, is refused: no DTD is read and no entity expanded",
                cause);
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

    /** The default namespace a root {@code <feed>}, {@code <rss>} or {@code <rdf:RDF>} declares, or null. */
    String rootNamespace() {
        Matcher namespace = ROOT_NAMESPACE.matcher(head);
        return namespace.find() ? namespace.group(1) : null;
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
        if (markup < 0) {
            return text.reader();
        }
        StringBuilder prolog = new StringBuilder();
        int rootFrom = markup;
        int doctypeEnd = blankableDoctypeEnd(markup);
        if (doctypeEnd > 0) {
            prolog.append(head, 0, doctypeEnd);
            for (int i = markup; i < doctypeEnd; i++) {
                if (prolog.charAt(i) != '\n' && prolog.charAt(i) != '\r') {
                    prolog.setCharAt(i, ' ');
                }
            }
            rootFrom = doctypeEnd;
        }
        Matcher root = UNNAMESPACED_ROOT.matcher(head);
        if (root.find(rootFrom) && head.substring(rootFrom, root.start()).strip().isEmpty()) {
            // Atom's <feed>, RSS 1.0's <rdf:RDF> written without their vocabulary's namespace: feed readers know
            // them by name, Rome only by namespace
            String namespace = root.group(1).equals("feed") ? ATOM_NAMESPACE : RSS10_NAMESPACE;
            prolog.append(head, prolog.length(), root.end()).append(" xmlns=\"").append(namespace).append('"');
            return pushedBack(prolog, root.end());
        }
        Matcher rss = RSS_IN_NAMESPACE.matcher(head);
        if (rss.find(rootFrom) && head.substring(rootFrom, rss.start()).strip().isEmpty()) {
            prolog.append(head, prolog.length(), rss.start(1)).append(" ".repeat(rss.end(1) - rss.start(1)));
            return pushedBack(prolog, rss.end(1));
        }
        return prolog.isEmpty() ? text.reader() : pushedBack(prolog, prolog.length());
    }

    /** The text with its first {@code replaced} characters read as {@code prolog}. */
    private Reader pushedBack(CharSequence prolog, int replaced) {
        try {
            Reader rest = text.reader();
            for (long left = replaced; left > 0; ) {
                left -= rest.skip(left);
            }
            PushbackReader reader = new PushbackReader(rest, Math.max(1, prolog.length()));
            reader.unread(prolog.toString().toCharArray());
            return reader;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The end of a DOCTYPE at {@code from} that only names an external DTD, or whose internal subset holds nothing
     * but white space, whole comments, element and attribute lists and processing instructions (a {@code "]>"} inside
     * a comment ends no subset); -1 for any other, which is left in place to be refused. Walked by hand, in one pass:
     * a regular expression's alternatives repeated over a long subset recurse once per character.
     */
    private int blankableDoctypeEnd(int from) {
        Matcher doctype = DOCTYPE_START.matcher(head);
        if (!doctype.region(from, head.length()).lookingAt()) {
            return -1;
        }
        int i = doctype.end();
        if (head.charAt(i - 1) == '>') {
            return i;
        }
        while (i < head.length()) {
            char c = head.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == ']') {
                for (i++; i < head.length() && Character.isWhitespace(head.charAt(i)); i++) {
                    // white space between the subset and the DOCTYPE's end
                }
                return i < head.length() && head.charAt(i) == '>' ? i + 1 : -1;
            } else if (head.startsWith("<!--", i)) {
                i = after("-->", i + 4);
            } else if (head.startsWith("<?", i)) {
                i = after("?>", i + 2);
            } else if (head.startsWith("<!ELEMENT", i) || head.startsWith("<!ATTLIST", i)) {
                i = declarationEnd(i + 2);
            } else {
                return -1; // an entity, a parameter entity's reference, a notation: not blanked
            }
            if (i < 0) {
                return -1;
            }
        }
        return -1;
    }

    /** Just after the '>' that ends the declaration at {@code from}, quoted values skipped; -1 when none does. */
    private int declarationEnd(int from) {
        char quote = 0;
        for (int i = from; i < head.length(); i++) {
            char c = head.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '<') {
                return -1;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return -1;
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

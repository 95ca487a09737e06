package dev.newsflow.formats.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import dev.newsflow.formats.FormatException;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.w3c.dom.DOMException;

import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A feed that is not well-formed XML, read the way feed readers read them: by jsoup's forgiving XML parser, whose
 * tree Rome then maps as it maps a parsed one. Unescaped HTML in a description ({@code <br>}), a feed cut off in its
 * last item, an element whose namespace prefix was never declared ({@code <dc:creator>} without {@code xmlns:dc}):
 * each would cost the whole feed. jsoup never reads a DTD or resolves an entity beyond HTML's named ones, and a
 * DOCTYPE left in the text is refused here as the strict parse refuses it ({@link FeedProlog}).
 */
final class LenientFeed {

    /**
     * The most text read forgivingly: the parse holds three trees of it at once (jsoup's, the DOM handed to Rome and
     * Rome's own), up to ~85 bytes per character of tiny elements, against ingest's heap of a few hundred MB. Real
     * feeds are well under it; a larger one that is not well-formed keeps the strict parse's error.
     */
    static final int MAX_CHARS = 2 << 20;

    // the prefixes whose elements Rome reads into an item's fields (author, dates, full content) as feeds write them;
    // any other undeclared prefix gets a namespace of its own, so its elements are kept and ignored
    private static final Map<String, String> KNOWN_PREFIXES = Map.of(
            "dc", "http://purl.org/dc/elements/1.1/",
            "content", "http://purl.org/rss/1.0/modules/content/");

    private LenientFeed() {
    }

    /**
     * @param strict why the strict parse failed: the error when even a forgiving parse finds no feed
     * @throws FormatException no feed in the text, the text too long, or a DOCTYPE in it
     */
    static SyndFeed parse(Reader text, FeedException strict) {
        String message = "not a readable RSS or Atom feed: " + strict.getMessage();
        String feed = FeedProlog.read(text, MAX_CHARS + 1);
        if (feed.length() > MAX_CHARS) {
            throw new FormatException(FormatException.Reason.MALFORMED, message + " (a feed that is not well-formed"
                    + " XML is read forgivingly up to " + (MAX_CHARS >> 20) + " MB of text)", strict);
        }
        // jsoup nests at most 512 elements (a deeper one goes beside its parent), so the recursive builders below
        // never see a tree deep enough to overflow the stack however deep the tags go
        Document document = Parser.xmlParser().parseInput(feed, "");
        Element root = feedRoot(document);
        if (root == null) {
            throw new FormatException(FormatException.Reason.MALFORMED, message, strict);
        }
        NamespacesInScope namespaces = new NamespacesInScope();
        NodeTraversor.traverse(namespaces, document);
        if (namespaces.doctype) {
            throw FeedProlog.refused(strict);
        }
        for (Element title : document.getElementsByTag("title")) {
            // markup left unescaped in a title: its words, which Rome would drop with the markup (it reads a title's
            // own text)
            if (title.childrenSize() > 0) {
                title.text(title.text());
            }
        }
        while (root.previousSibling() != null) {
            root.previousSibling().remove(); // a server's error before the feed
        }
        try {
            return FeedReader.input().build(W3CDom.convert(document));
        } catch (FeedException | IllegalArgumentException | DOMException e) {
            // not a feed, or a name no XML tree may hold: the strict parse's error says what is wrong
            throw new FormatException(FormatException.Reason.MALFORMED, message, strict);
        }
    }

    /**
     * The feed's root element: the document's first, or, where a server wrote an error before the feed (PHP's
     * {@code <br /><b>Warning</b>: ...}, which the caller then drops), the first {@code <rss>}, {@code <feed>} or
     * {@code <rdf:RDF>} after it at the top level. Null when the document has no element.
     */
    private static Element feedRoot(Document document) {
        for (Element top = document.firstElementChild(); top != null; top = top.nextElementSibling()) {
            String name = top.tagName();
            if (name.equals("rss") || name.equals("feed") || name.endsWith("RDF")) {
                return top;
            }
        }
        return document.firstElementChild();
    }

    /**
     * Puts an element named with a prefix no xmlns attribute around it declares in the namespace feeds mean by that
     * prefix: jsoup cannot know it, and the tree it hands on would carry it in a namespace no XML tree may hold. Notes
     * a DOCTYPE on the way. One walk, the declared prefixes kept per level.
     */
    private static final class NamespacesInScope implements NodeVisitor {

        private final Deque<Set<String>> scopes = new ArrayDeque<>(List.of(Set.of("xml", "xmlns")));
        private boolean doctype;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof DocumentType) {
                doctype = true;
            }
            if (!(node instanceof Element element)) {
                return;
            }
            Set<String> scope = scopes.peek();
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().startsWith("xmlns:")) {
                    scope = scope == scopes.peek() ? new HashSet<>(scope) : scope;
                    scope.add(attribute.getKey().substring("xmlns:".length()));
                }
            }
            scopes.push(scope);
            String name = element.tagName();
            int colon = name.indexOf(':');
            if (colon > 0 && !scope.contains(name.substring(0, colon))) {
                String prefix = name.substring(0, colon);
                element.tagName(name, KNOWN_PREFIXES.getOrDefault(prefix, "urn:newsflow:undeclared:" + prefix));
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element) {
                scopes.pop();
            }
        }
    }
}

package dev.newsflow.formats.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.w3c.dom.DOMException;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A feed that is not well-formed XML, read the way feed readers read them: by jsoup's forgiving XML parser, whose
 * tree Rome then maps as it maps a parsed one. Unescaped HTML in a description ({@code <br>}), a feed cut off in its
 * last item, an element whose namespace prefix was never declared ({@code <dc:creator>} without {@code xmlns:dc}):
 * each would cost the whole feed. jsoup never reads a DTD or resolves an entity beyond HTML's named ones; a feed whose
 * DOCTYPE declares entities is refused before it gets here.
 */
final class LenientFeed {

    // the prefixes whose elements Rome reads into an item's fields (author, dates, full content) as feeds write them;
    // any other undeclared prefix gets a namespace of its own, so its elements are kept and ignored
    private static final Map<String, String> KNOWN_PREFIXES = Map.of(
            "dc", "http://purl.org/dc/elements/1.1/",
            "content", "http://purl.org/rss/1.0/modules/content/");

    private LenientFeed() {
    }

    /** @return the feed, or null when even a forgiving parse finds no RSS or Atom feed in the text */
    static SyndFeed parse(Reader text) {
        Document document;
        try (text) {
            document = Parser.xmlParser().parseInput(text, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Element root = document.firstElementChild();
        if (root == null) {
            return null;
        }
        declareUndeclaredPrefixes(root);
        try {
            return new SyndFeedInput().build(W3CDom.convert(document));
        } catch (FeedException | IllegalArgumentException | DOMException e) {
            // not a feed, or a name no XML tree may hold: the strict parse's error says what is wrong
            return null;
        }
    }

    /**
     * An element named with a prefix no xmlns attribute around it declares is put in the namespace feeds mean by that
     * prefix: jsoup cannot know it, and the tree it hands on would carry it in a namespace no XML tree may hold.
     */
    private static void declareUndeclaredPrefixes(Element root) {
        for (Element element : root.getAllElements()) {
            String name = element.tagName();
            int colon = name.indexOf(':');
            if (colon > 0 && !name.startsWith("xml:") && !declared(element, name.substring(0, colon))) {
                String prefix = name.substring(0, colon);
                element.tagName(name, KNOWN_PREFIXES.getOrDefault(prefix, "urn:newsflow:undeclared:" + prefix));
            }
        }
    }

    private static boolean declared(Element element, String prefix) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr("xmlns:" + prefix)) {
                return true;
            }
        }
        return false;
    }
}

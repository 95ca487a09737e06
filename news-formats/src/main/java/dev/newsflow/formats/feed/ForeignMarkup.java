package dev.newsflow.formats.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndEntry;
import dev.newsflow.formats.html.HtmlText;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.XMLOutputter;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What an RSS item writes in another vocabulary, which feed readers read and Rome leaves aside. Its text: an XHTML
 * {@code <body>} (RSS 2.0's extension for full content), an Atom {@code <content>} or {@code <summary>} inside the
 * item, else its Dublin Core {@code dc:description}. Full content before a summary, as for the item's own elements.
 * Its page, when only an Atom {@code <link>} names it.
 */
final class ForeignMarkup {

    private static final Namespace XHTML = Namespace.getNamespace("http://www.w3.org/1999/xhtml");
    private static final Namespace ATOM = Namespace.getNamespace("http://www.w3.org/2005/Atom");
    // an XHTML element's prefix, which HTML's parser would take for part of its name
    private static final Pattern PREFIX = Pattern.compile("(</?)[\\w.-]+:");
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/][^<>]*>");

    private ForeignMarkup() {
    }

    /** @return the text, or null when the item has none of these with words in them */
    static String text(SyndEntry entry) {
        List<Element> markup = entry.getForeignMarkup();
        String text = xhtml(first(markup, XHTML, "body"));
        text = text != null ? text : atom(first(markup, ATOM, "content"));
        text = text != null ? text : atom(first(markup, ATOM, "summary"));
        DCModule dc = (DCModule) entry.getModule(DCModule.URI);
        return text != null || dc == null ? text : words(dc.getDescription(), dc.getDescription() != null
                && TAG.matcher(dc.getDescription()).find());
    }

    /**
     * The page an RSS item names only in an Atom {@code <link>} (its {@code rel} unset or {@code alternate}, as
     * WordPress and feed services write one beside or instead of RSS's), or null.
     */
    static String atomLink(SyndEntry entry) {
        for (Element element : entry.getForeignMarkup()) {
            String rel = element.getAttributeValue("rel", "alternate");
            String href = element.getAttributeValue("href");
            if (element.getNamespace().equals(ATOM) && element.getName().equals("link") && rel.equals("alternate")
                    && href != null && !href.isBlank()) {
                return href.strip();
            }
        }
        return null;
    }

    private static String xhtml(Element body) {
        if (body == null) {
            return null;
        }
        String html = new XMLOutputter().outputString(body.getContent());
        return words(PREFIX.matcher(html).replaceAll("$1"), true);
    }

    /** Atom's three kinds of text: HTML escaped into it, XHTML written in it, or plain text. */
    private static String atom(Element text) {
        if (text == null) {
            return null;
        }
        String type = text.getAttributeValue("type", "text");
        if (type.equals("xhtml")) {
            return xhtml(text);
        }
        return words(text.getText(), type.equals("html"));
    }

    private static String words(String value, boolean html) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = html ? HtmlText.ofFragment(value) : FeedText.plain(value);
        return text.isBlank() ? null : text;
    }

    static Element first(List<Element> elements, Namespace namespace, String name) {
        for (Element element : elements) {
            if (element.getNamespace().equals(namespace) && element.getName().equals(name)) {
                return element;
            }
        }
        return null;
    }
}

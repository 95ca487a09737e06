package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.html.names.Alternatives;
import dev.newsflow.formats.html.names.ClassAndId;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A date shown as a bare item of the article's header, beside its headline ("By Kathy Wise · Published in Sports ·
 * May 7, 2026"), on a page that marks no date in metadata, markup or class names. The header is the headline's own
 * box (a {@code <header>}, or a box whose class names a head, hero, title or intro) or else the short siblings that
 * follow the headline, up to the first paragraph or longer block of the text: a date further down is the text's (a
 * sign-off, a schedule), one before the headline a ticker's, and one in a related-stories list, an aside, a
 * navigation or other furniture is another story's. Only an item whose whole text is a date counts ("June 20, 2026 – Main stage" is an
 * event's line), and nothing from a change label on ("Updated" then "May 9, 2026" is the update's), but for a line
 * that holds the change's date itself ("Last updated: 12 May 2026"), which is passed over.
 */
final class HeaderDate {

    // an item longer than this is a sentence or a dek that happens to hold a date
    private static final int LONGEST_ITEM = 40;
    // a sibling with more text than this is where the article's text begins
    private static final int LONGEST_HEADER_LINE = 120;
    // a paragraph with more text than this is the text's (or a standfirst's), not a line of the header
    private static final int LONGEST_LINE = 80;
    // "head" and "intro" only as whole class tokens (entry-head, intro-box): "thread", "masthead" and "introduction"
    // name no headline's box, and a box wrongly taken for the header is read to its end, a date in the text included
    private static final Alternatives HEADER_BOX = Alternatives.of(
            "header|headline|heading|hero|title|(?:^|[\\s_-])(?:head|intro)(?:$|[\\s_-])");
    // the same words closing a camel-case class, which ClassAndId's lower case hides (ArticleHead, postIntro)
    private static final Pattern CAMEL_HEADER_BOX = Pattern.compile("[a-z](?:Head|Intro)(?:$|[\\s_A-Z-])");

    private HeaderDate() {
    }

    /** The day of the first item beside the headline that is a date, or null (no headline, or no such item). */
    static Instant of(Headline headline) {
        Element heading = headline.element();
        Element box = heading == null ? null : heading.parent();
        if (box == null || box.nameIs("body")) {
            return null;
        }
        boolean ownBox = box.nameIs("header") || HEADER_BOX.in(ClassAndId.of(box))
                || CAMEL_HEADER_BOX.matcher(box.className()).find();
        boolean afterHeading = false;
        for (Element sibling : box.children()) {
            if (sibling == heading) {
                afterHeading = true;
                continue;
            }
            if (!ownBox && (!afterHeading || endsHeader(sibling))) {
                if (afterHeading) {
                    return null;
                }
                continue;
            }
            for (Element item : sibling.getAllElements()) {
                if (item.childrenSize() > 0 || PageMetadata.insideFurniture(item, headline) || elsewhere(item, sibling)) {
                    continue;
                }
                String text = item.text();
                if (DateInText.opensWithChangeLabel(text) && DateInText.changeIn(text) != null) {
                    // "Last updated: 12 March 2024" with its own date: the publication's may follow
                    continue;
                }
                if (DateInText.opensWithChangeLabel(text) || afterChangeLabel(item) || changed(item, sibling)) {
                    return null;
                }
                Instant date = text.length() > LONGEST_ITEM ? null : DateInText.whole(text);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /**
     * A paragraph of the text (or a box of them), or a longer block, that is no date: the header ends before it. A
     * short paragraph that is a byline's, a date's or an update's line is none: templates write them as paragraphs
     * ("<p>Written by Ines Roth</p><p>Published 4 May 2026</p>").
     */
    private static boolean endsHeader(Element sibling) {
        String text = sibling.text();
        boolean block = text.length() > LONGEST_HEADER_LINE || isProse(sibling)
                || sibling.select("p").stream().anyMatch(HeaderDate::isProse);
        return block && DateInText.whole(text) == null;
    }

    /** A paragraph of the text: a long one, or a short one that is no byline's or date's line ("Tickets on sale."). */
    private static boolean isProse(Element element) {
        if (!element.nameIs("p")) {
            return false;
        }
        String text = element.text();
        return text.length() > LONGEST_LINE || !(Byline.nameOnLine(text, true) != null
                || DateInText.whole(text) != null || DateInText.opensWithChangeLabel(text)
                || DateInText.changeIn(text) != null);
    }

    /** Inside an aside, a navigation or a footer between the item and the header's box: another story's line. */
    private static boolean elsewhere(Element item, Element sibling) {
        for (Element e = item; e != null; e = e == sibling ? null : e.parent()) {
            if (e.nameIs("aside") || e.nameIs("nav") || e.nameIs("footer")) {
                return true;
            }
        }
        return false;
    }

    /** Right after a change's label written as text beside it: "Last updated: <time>May 9, 2026</time>". */
    private static boolean afterChangeLabel(Element item) {
        return item.previousSibling() instanceof TextNode before && DateInText.endsWithChangeLabel(before.text());
    }

    /** The item or a box around it up to the header's box is named for a change (an "updated-date" box). */
    private static boolean changed(Element item, Element sibling) {
        for (Element e = item; e != null; e = e == sibling ? null : e.parent()) {
            if (PublicationDate.isChange(e)) {
                return true;
            }
        }
        return false;
    }
}

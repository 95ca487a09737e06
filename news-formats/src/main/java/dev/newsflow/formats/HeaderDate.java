package dev.newsflow.formats;

import org.jsoup.nodes.Element;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A date shown as a bare item of the article's header, beside its headline ("By Kathy Wise · Published in Sports ·
 * May 7, 2026"), on a page that marks no date in metadata, markup or class names. The header is the headline's own
 * box (a {@code <header>}, or a box whose class names a head, hero, title or intro) or else the headline's siblings up
 * to the first paragraph of the text: a date further down is the text's, and one in a related-stories list or other
 * furniture is another story's. Only an item whose whole text is a date counts ("June 20, 2026 – Main stage" is an
 * event's line), and nothing from a change label on ("Updated" then "May 9, 2026" is the update's).
 */
final class HeaderDate {

    // an item longer than this is a sentence or a dek that happens to hold a date
    private static final int LONGEST_ITEM = 40;
    private static final Alternatives HEADER_BOX = Alternatives.of("head|hero|title|intro");
    private static final Pattern CHANGE_LABEL = Pattern.compile("(?i)^\\W*(?:updat|modif|revis|edited)");

    private HeaderDate() {
    }

    /** The day of the first item beside the headline that is a date, or null (no headline, or no such item). */
    static Instant of(Headline headline) {
        Element heading = headline.element();
        Element box = heading == null ? null : heading.parent();
        if (box == null || box.nameIs("body")) {
            return null;
        }
        boolean ownBox = box.nameIs("header") || HEADER_BOX.in(PageFurniture.classAndId(box));
        boolean afterHeading = false;
        for (Element sibling : box.children()) {
            if (sibling == heading) {
                afterHeading = true;
                continue;
            }
            if (afterHeading && !ownBox && isParagraph(sibling)) {
                return null;
            }
            for (Element item : sibling.getAllElements()) {
                if (item.childrenSize() > 0 || PageMetadata.insideFurniture(item, headline)) {
                    continue;
                }
                String text = item.text();
                if (CHANGE_LABEL.matcher(text).find() || PublicationDate.isChange(item)) {
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

    /** A paragraph of the text (or a box of them) that is no date: the header ends before it. */
    private static boolean isParagraph(Element sibling) {
        return (sibling.nameIs("p") || !sibling.select("p").isEmpty()) && DateInText.whole(sibling.text()) == null;
    }
}

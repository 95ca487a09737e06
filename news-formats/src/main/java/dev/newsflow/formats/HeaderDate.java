package dev.newsflow.formats;

import org.jsoup.nodes.Element;

import java.time.Instant;

/**
 * A date shown as a bare item of the article's header, beside its headline ("By Kathy Wise · Published in Sports ·
 * May 7, 2026"), on a page that marks no date in metadata, markup or class names. Only an item whose whole text
 * reads as a date counts: "Updated May 9, 2026" is the update's, and a date in the text below the header is no
 * publication date.
 */
final class HeaderDate {

    // an item longer than this is a sentence or a dek that happens to hold a date
    private static final int LONGEST_ITEM = 40;

    private HeaderDate() {
    }

    /** The day of the first item beside the headline that is a date, or null (no headline, or no such item). */
    static Instant of(Headline headline) {
        Element heading = headline.element();
        Element box = heading == null ? null : heading.parent();
        if (box == null || box.nameIs("body")) {
            return null;
        }
        for (Element item : box.getAllElements()) {
            if (item != box && item != heading && item.childrenSize() == 0) {
                String text = item.text();
                Instant date = text.length() > LONGEST_ITEM ? null : Dates.parse(text).orElse(null);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }
}

package dev.newsflow.formats.feed;

import dev.newsflow.formats.dates.Dates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Each item's date as the feed wrote it, for the items whose date Rome could not read: Rome knows RFC 822 and W3C
 * dates, feeds also write "2026-03-02 09:00:00", "March 2, 2026" or a comma with no space after it, which
 * {@link Dates} reads as it reads a page's dates. The feed is read again, by jsoup (no DTD, no entity), only when an
 * item came without a date, and only up to {@link LenientFeed#MAX_CHARS}.
 */
final class ItemDates {

    // an item's (RSS) or entry's (Atom) date elements by local name, the publication's first
    private static final List<String> DATE_NAMES =
            List.of("pubdate", "published", "issued", "date", "created", "updated", "modified");

    private ItemDates() {
    }

    /**
     * @param items how many items Rome found: the dates are used only when the feed shows as many
     * @return each item's date, null where none reads; an empty list when they cannot be matched to Rome's items
     */
    static List<Instant> of(Reader text, int items) {
        String feed = LenientFeed.upToLimit(text);
        if (feed == null) {
            return List.of();
        }
        Document document = Parser.xmlParser().parseInput(feed, "");
        List<Instant> dates = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String name = localName(element);
            if (name.equals("item") || name.equals("entry")) {
                dates.add(dateOf(element));
            }
        }
        return dates.size() == items ? dates : List.of();
    }

    private static Instant dateOf(Element item) {
        for (String wanted : DATE_NAMES) {
            for (Element child : item.children()) {
                if (localName(child).equals(wanted)) {
                    Instant date = Dates.parse(child.text()).orElse(null);
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        return null;
    }

    private static String localName(Element element) {
        String name = element.tagName();
        return name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }
}

package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.dates.Dates;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The date a script-driven date line keeps for its script in a {@code data-} attribute ({@code data-origindate},
 * {@code data-timestamp}, {@code data-time-ms}, {@code data-date}), while its text is empty, relative
 * ("3 hours ago") or a wall-clock time without the zone the attribute writes. Asked only of date lines (a
 * {@code <time>}, {@code itemprop=datePublished}, an element whose class names the publication date). The name must
 * end in a date or time word ({@code data-timezone}, {@code data-date-format} hold none); one that speaks of a change
 * ({@code data-updated-time}, {@code data-edit-date}, {@code data-lastmod}) is the update's, never the publication's.
 */
final class DataAttributeDate {

    // data-, any words, then a date or time word, perhaps with its unit: data-origindate, data-pubtime, data-time-ms
    private static final Pattern DATE_NAME = Pattern.compile(
            "data-(?:[a-z]+[-_])*[a-z]*(?:date|time|timestamp|published)(?:[-_](?:ms|s|utc|gmt|iso|unix|epoch))?");

    private DataAttributeDate() {
    }

    /** The first date in a {@code data-} attribute named for a date or time, or null. */
    static Instant of(Element element) {
        if (element.attributesSize() == 0) {
            return null;
        }
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            if (DATE_NAME.matcher(name).matches() && !PublicationDate.isChangeName(name)) {
                Optional<Instant> date = Dates.parse(attribute.getValue());
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        return null;
    }
}

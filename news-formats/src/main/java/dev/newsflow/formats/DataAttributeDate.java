package dev.newsflow.formats;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The date a script-driven date line keeps for its script in a {@code data-} attribute ({@code data-origindate},
 * {@code data-timestamp}, {@code data-time-ms}, {@code data-date}), while its text is empty, relative
 * ("3 hours ago") or a wall-clock time without the zone the attribute writes. An attribute whose name speaks of a
 * change ({@code data-updated-time}) is the update's, never the publication's.
 */
final class DataAttributeDate {

    private static final String DATA = "data-";

    private DataAttributeDate() {
    }

    /** The first date in a {@code data-} attribute named for a date or time, or null. */
    static Instant of(Element element) {
        if (element.attributesSize() == 0) {
            return null;
        }
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            if (name.startsWith(DATA) && (name.contains("date") || name.contains("time"))
                    && !PublicationDate.isChangeName(name)) {
                Optional<Instant> date = Dates.parse(attribute.getValue());
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        return null;
    }
}

package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.dates.Dates;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A publication date declared only to the day (a meta tag's {@code 2026-05-04}, read as midnight UTC), made exact by
 * the time the article itself shows for that same day: an {@code itemprop=datePublished}, {@code <time pubdate>} or
 * {@code <time data-published>} first, else the first {@code <time>} in the article that is not an update's. The
 * more precise of two statements of one day wins; a time on another day leaves the declared day as it is.
 */
final class ExactTime {

    private static final List<String> ATTRIBUTES = List.of("datetime", "content", "data-published");

    private ExactTime() {
    }

    /** @param headline the article's headline ({@link Headline}) */
    static Instant of(Instant declared, List<Element> dateElements, Headline headline) {
        if (!Dates.isDayOnly(declared) || dateElements.isEmpty()) {
            return declared;
        }
        String day = LocalDate.ofInstant(declared, ZoneOffset.UTC).toString();
        Instant inArticle = null;
        for (Element element : dateElements) {
            boolean marked = isMarked(element);
            if (!marked && (inArticle != null || element.closest("article, main, [role=main]") == null
                    || PublicationDate.isChange(element)) || PageMetadata.insideFurniture(element, headline)
                    || PublicationDate.inSiteChrome(element, headline)) {
                continue;
            }
            Instant exact = sameDay(element, day);
            if (exact != null && marked) {
                return exact;
            }
            inArticle = inArticle == null ? exact : inArticle;
        }
        return inArticle != null ? inArticle : declared;
    }

    /** Marked as the publication's own date, not merely a {@code <time>}. */
    static boolean isMarked(Element element) {
        return element.attr("itemprop").equals("datePublished") || element.hasAttr("pubdate")
                || element.hasAttr("data-published");
    }

    /** The instant a machine-readable attribute gives when it is written with a time on {@code day}, else null. */
    private static Instant sameDay(Element element, String day) {
        for (String attribute : ATTRIBUTES) {
            String value = element.attr(attribute).strip();
            if (value.length() > day.length() + 1 && value.startsWith(day)) {
                Optional<Instant> date = Dates.parse(value);
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        return null;
    }
}

package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.dates.Dates;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The time of a publication date found only to the day, from the words that show it: the declaration's own text
 * ("Thursday, May 7, 2026, 2:47 PM EDT" in a meta tag), the article's first date line, its byline. A time with a zone
 * word counts as written; one without is read in the offset the page shows its clock in ({@link SiteOffset}); one
 * followed by a zone word {@link DateInText} does not know ("2:47 PM CET") is not; otherwise the day stays as it is:
 * a zone is never guessed.
 */
final class DayInWords {

    private DayInWords() {
    }

    /** A date marked in the page, made exact when it is a day only. */
    static Instant ifDay(Instant marked, Element body, Headline headline) {
        return marked != null && Dates.isDayOnly(marked) ? timeOf(marked, null, body, headline) : marked;
    }

    /**
     * A day declared without a time, at the time the declaration's own words, the first date line or the byline
     * write for that day with a zone word ("Dec 4, 2026, 12:37 PM ET"); else at the time one of them writes without
     * a zone, in the offset the page shows its clock in ({@link SiteOffset}); else the day as it is.
     */
    static Instant timeOf(Instant day, String declared, Element body, Headline headline) {
        LocalDate date = LocalDate.ofInstant(day, ZoneOffset.UTC);
        Element dateLine = null;
        Element byline = null;
        for (Element element : body.getAllElements()) {
            if (dateLine == null && !element.nameIs("time") && PublicationDate.isDateByClass(element, headline)) {
                dateLine = element;
            } else if (byline == null && PublicationDate.isByline(element, headline)) {
                byline = element;
            }
            if (dateLine != null && byline != null) {
                break;
            }
        }
        List<String> texts = new ArrayList<>(3);
        texts.add(declared);
        texts.add(dateLine == null ? null : dateLine.text());
        texts.add(byline == null ? null : byline.text());
        for (String text : texts) {
            Instant zoned = DateInText.zonedOn(text, date);
            if (zoned != null) {
                return zoned;
            }
        }
        for (String text : texts) {
            Instant asUtc = DateInText.clockOn(text, date, ZoneOffset.UTC);
            if (asUtc != null) {
                // the page's clock is looked for only now: most pages write a zone or no time at all
                ZoneOffset site = SiteOffset.of(body, headline);
                return site == null ? day : asUtc.minusSeconds(site.getTotalSeconds());
            }
        }
        return day;
    }
}

package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.dates.Dates;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offset a site shows its wall-clock times in, learnt from the page itself: an element that gives a moment
 * machine-readably with its zone ({@code title="2026-05-04T21:53:29Z"}, {@code datetime="..."}) and shows it in its
 * text as the site's clock ("May 4, 2026 at 3:53 PM": -06:00). A publication time the page writes only in words and
 * without a zone ("Published May 4, 2026 at 2:47 PM") is then read in that offset instead of being cut to its day.
 * Only date lines are asked: a {@code <time>}, an element whose class names a publication or update date, a byline
 * (an update's date line serves as well as the publication's: both are the site's clock). A world clock or an event's
 * start time shows some other clock, and furniture (teasers, comments) and embedded posts (quoted tweets, Instagram
 * cards, all inside a {@code <blockquote>}) may show another site's. The offset must lie within -12:00..+14:00, and a
 * date the text writes must be the moment's own day in that offset.
 */
final class SiteOffset {

    // an ISO date-time with its zone, as machine-readable attributes write it
    private static final Pattern ZONED = Pattern.compile("\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d.*(?:Z|[+-]\\d\\d:?\\d\\d)");
    private static final Pattern CLOCK = Pattern.compile("(?i)(?<!\\d)(\\d{1,2}):(\\d\\d)(?::\\d\\d)?(?!\\d)\\s*(?:([ap])\\.?m\\b)?");
    private static final int LONGEST_TEXT = 120;
    private static final int MINUTES_PER_DAY = 24 * 60;
    private static final int QUARTER_HOUR = 15;
    private static final ZoneOffset WESTMOST = ZoneOffset.ofHours(-12);
    private static final ZoneOffset EASTMOST = ZoneOffset.ofHours(14);

    private SiteOffset() {
    }

    /** The offset of the first date line that shows a zoned moment as a clock time, or null when none does. */
    static ZoneOffset of(Element body, Headline headline) {
        for (Element element : body.getAllElements()) {
            if (element.attributesSize() == 0 || !isDateLine(element, headline)) {
                continue;
            }
            Instant moment = zonedMoment(element);
            ZoneOffset offset = moment == null ? null : shownIn(element.text(), moment);
            if (offset != null && element.closest("blockquote") == null
                    && !PageMetadata.insideFurniture(element, headline)) {
                return offset;
            }
        }
        return null;
    }

    private static boolean isDateLine(Element element, Headline headline) {
        return element.nameIs("time") || PublicationDate.namesADate(element) || PublicationDate.isByline(element, headline);
    }

    private static Instant zonedMoment(Element element) {
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            String value = attribute.getValue().strip();
            if ((name.equals("datetime") || name.equals("title") || name.equals("content") || name.startsWith("data-"))
                    && ZONED.matcher(value).matches()) {
                Instant moment = Dates.parse(value).orElse(null);
                if (moment != null) {
                    return moment;
                }
            }
        }
        return null;
    }

    /** The offset between the clock time the text shows and the moment's UTC time, when it is a whole quarter hour. */
    private static ZoneOffset shownIn(String text, Instant moment) {
        if (text.length() > LONGEST_TEXT) {
            return null;
        }
        Matcher clock = CLOCK.matcher(text);
        if (!clock.find()) {
            return null;
        }
        LocalTime shown = WrittenDate.timeOfDay(clock.group(1), clock.group(2), clock.group(3));
        if (shown == null) {
            return null;
        }
        // the text shows whole minutes: the moment's seconds would turn +02:00 into +01:59 and lose it
        Instant minute = moment.truncatedTo(ChronoUnit.MINUTES);
        LocalDate written = DateInText.dayIn(text);
        long minutes;
        if (written != null) {
            // the day the text writes settles which side of midnight the clock is (+13:00 is not -11:00)
            minutes = ChronoUnit.MINUTES.between(LocalDateTime.ofInstant(minute, ZoneOffset.UTC),
                    LocalDateTime.of(written, shown));
        } else {
            int difference = Math.floorMod((shown.toSecondOfDay()
                    - LocalTime.ofInstant(minute, ZoneOffset.UTC).toSecondOfDay()) / 60, MINUTES_PER_DAY);
            minutes = difference > MINUTES_PER_DAY / 2 ? difference - MINUTES_PER_DAY : difference;
        }
        boolean plausible = minutes % QUARTER_HOUR == 0 && minutes * 60 >= WESTMOST.getTotalSeconds()
                && minutes * 60 <= EASTMOST.getTotalSeconds();
        return plausible ? ZoneOffset.ofTotalSeconds((int) minutes * 60) : null;
    }
}

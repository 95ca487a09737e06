package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.dates.DateLabels;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date shown in a byline's or date line's words, anywhere in them: "Published: May 4, 2026 2:57 PM UTC",
 * "Ines Roth 4 May 2026 at 14:27 ET", "05/13/2026 11:00 AM PST BY STAFF". The last resort when no metadata and
 * no markup dates the article. How a written date reads (its zone words, its orders of day and month):
 * {@link WrittenDate}. A time without a zone word counts only where the page shows its own clock
 * ({@link SiteOffset}, asked by {@link DayInWords}); after a zone word the pattern does not know ("2:47 PM CET",
 * "14:27 AEST") only the day does, always: a zone is never guessed. A date right after "Updated", "Modified",
 * "Revised" or "Edited" is the change's, never the publication's.
 */
final class DateInText {

    private static final int LONGEST_TEXT = 400;
    private static final Pattern CHANGE_LABEL = Pattern.compile("(?iu)" + DateLabels.CHANGED
            + "\\W{0,4}(?:(?:on|am|le|el|em|il|op|den)\\W{1,2})?$");
    private static final Pattern OPENS_WITH_CHANGE_LABEL = Pattern.compile("(?iu)^\\W*" + DateLabels.CHANGED);
    // a capitalised word right after a time that reads as a zone the pattern does not know: CET, BST, IST, AEST; not
    // a word of an all-capitals date line ("11:00 AM BY STAFF", "2:47 PM AT CITY HALL")
    private static final Pattern OTHER_ZONE = Pattern.compile(
            "\\s*(?!(?:BY|AT|IN|ON|OF|AND|THE|FOR|FROM|TO|VIA|WITH)\\b)[A-Z]{2,5}\\b");
    // what may stand around a date that is a whole item: separators and a publication label ("Published on:")
    private static final Pattern ITEM_LEAD = Pattern.compile(
            "(?iu)^[\\s·|•/:,–—-]*(?:" + DateLabels.PUBLISHED + "|on)?[\\s·|•/:,–—-]*");
    // "Stand: 12.03.2024, 10:30 Uhr": German writes its clock's word after the time
    private static final Pattern ITEM_TAIL = Pattern.compile("(?:\\s*(?i:uhr))?[\\s·|•/,–—-]*$");
    /** How far before a date its label may start: "Updated on: " and the like. */
    private static final int LABEL_REACH = 20;

    private DateInText() {
    }

    /** Whether the text starts with a change's label ("Updated", "Aktualisiert am"): what follows is an update's. */
    static boolean opensWithChangeLabel(String text) {
        return OPENS_WITH_CHANGE_LABEL.matcher(text).find();
    }

    /** Whether the text ends with a change's label: a date right after it is an update's. */
    static boolean endsWithChangeLabel(String text) {
        return CHANGE_LABEL.matcher(text.substring(Math.max(0, text.length() - LABEL_REACH))).find();
    }

    /** The first date in the text, or null. */
    static Instant in(String text) {
        if (text == null || text.length() > LONGEST_TEXT) {
            return null;
        }
        Matcher m = WrittenDate.matcher(text);
        while (m.find()) {
            if (isChange(text, m)) {
                continue;
            }
            LocalDate day = WrittenDate.day(m);
            if (day != null) {
                return WrittenDate.at(day, m);
            }
        }
        return null;
    }

    /** The first date in the text that is an update's ("Updated 12:02 PM EDT, Aug. 22, 2024"), or null. */
    static Instant changeIn(String text) {
        if (text == null || text.length() > LONGEST_TEXT) {
            return null;
        }
        Matcher m = WrittenDate.matcher(text);
        while (m.find()) {
            LocalDate day = isChange(text, m) ? WrittenDate.day(m) : null;
            if (day != null) {
                return WrittenDate.at(day, m);
            }
        }
        return null;
    }

    /**
     * The date the whole text is ("May 7, 2026", "Published: 7 May 2026 ·"), apart from separators and a publication
     * label, or null: "June 20, 2026 – Main stage" is an event's line that starts with a date, not a date.
     */
    static Instant whole(String text) {
        if (text == null || text.length() > LONGEST_TEXT) {
            return null;
        }
        Matcher lead = ITEM_LEAD.matcher(text);
        Matcher tail = ITEM_TAIL.matcher(text);
        int start = lead.lookingAt() ? lead.end() : 0;
        int end = tail.find(start) ? tail.start() : text.length();
        Matcher m = WrittenDate.matcher(text).region(start, end);
        LocalDate day = m.matches() && !unknownZone(text, m) ? WrittenDate.day(m) : null;
        return day == null ? null : WrittenDate.at(day, m);
    }

    /** The day of the first date the text writes, whatever its label, or null. */
    static LocalDate dayIn(String text) {
        if (text == null || text.length() > LONGEST_TEXT) {
            return null;
        }
        Matcher m = WrittenDate.matcher(text);
        while (m.find()) {
            LocalDate day = WrittenDate.day(m);
            if (day != null) {
                return day;
            }
        }
        return null;
    }

    /**
     * The instant of the first date in the text that falls on {@code day} and is written with a time and a zone word
     * ("May 4, 2026, 12:37 PM ET"), or null: the time of a day the metadata declares without one.
     */
    static Instant zonedOn(String text, LocalDate day) {
        Matcher m = timedOn(text, day, true);
        return m == null ? null : WrittenDate.at(day, m);
    }

    /**
     * The instant of the first date in the text that falls on {@code day} and is written with a time but no zone word
     * ("May 4, 2026 at 2:47 PM"), read in {@code offset} (the site's, {@link SiteOffset}), or null.
     */
    static Instant clockOn(String text, LocalDate day, ZoneOffset offset) {
        Matcher m = timedOn(text, day, false);
        LocalTime clock = m == null ? null : WrittenDate.clock(m);
        return clock == null ? null : LocalDateTime.of(day, clock).toInstant(offset);
    }

    /** The first date on {@code day} with a time, with a zone word or without one, not an update's; or null. */
    private static Matcher timedOn(String text, LocalDate day, boolean zoned) {
        if (text == null || text.length() > LONGEST_TEXT) {
            return null;
        }
        Matcher m = WrittenDate.matcher(text);
        while (m.find()) {
            if ((WrittenDate.zone(m) != null) == zoned && WrittenDate.hasClock(m) && day.equals(WrittenDate.day(m))
                    && !unknownZone(text, m) && !isChange(text, m)) {
                return m;
            }
        }
        return null;
    }

    /** The match's date comes right after a change's label: an update's. */
    private static boolean isChange(String text, Matcher m) {
        return CHANGE_LABEL.matcher(text.substring(Math.max(0, m.start() - LABEL_REACH), m.start())).find();
    }

    /** A time followed by a zone word the pattern does not know: its offset is unknown, not the site's. */
    private static boolean unknownZone(String text, Matcher m) {
        return m.group("hour") != null && m.group("zone") == null
                && OTHER_ZONE.matcher(text).region(m.end(), text.length()).lookingAt();
    }
}

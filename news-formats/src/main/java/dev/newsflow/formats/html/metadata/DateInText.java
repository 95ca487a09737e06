package dev.newsflow.formats.html.metadata;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date shown in a byline's or date line's words, anywhere in them: "Published: May 4, 2026 2:57 PM UTC",
 * "Ines Roth 4 May 2026 at 14:27 ET", "05/13/2026 11:00 AM PST BY STAFF". The last resort when no metadata and
 * no markup dates the article. With a zone word it knows (UTC, GMT, ET, EST, EDT, CT, MT, PT and their S/D forms) the
 * time counts; without one only the day does (midnight UTC, as a day-only meta tag reads) unless the page shows its
 * own clock ({@link SiteOffset}, asked by {@link DayInWords}); after a zone word it does not know ("2:47 PM CET",
 * "14:27 AEST") only the day does, always: a zone is never guessed. Numeric dates only in the US order, and only when
 * the day cannot be a month (05/13/2026; 05/04/2026 and 13/05/2026 are left). A date right after "Updated",
 * "Modified", "Revised" or "Edited" is the change's, never the publication's.
 */
final class DateInText {

    private static final String MONTH_WORD = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?";
    private static final Pattern DATE = Pattern.compile("(?i)\\b(?:(?<month>" + MONTH_WORD
            + ")\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})|(?<day2>\\d{1,2})\\s+(?<month2>" + MONTH_WORD + "),?"
            + "\\s+(?<year2>\\d{4})|(?<m3>\\d{1,2})/(?<d3>\\d{1,2})/(?<y3>\\d{4}|\\d{2}))\\b"
            + "(?:\\s*(?:,|at|@|-|–|—)?\\s*(?<hour>\\d{1,2}):(?<minute>\\d\\d)\\s*(?<half>[ap]\\.?m\\b\\.?)?"
            + "(?:\\s*(?<zone>utc|gmt|[ecmp][sd]?t)\\b)?)?");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final Map<String, ZoneId> ZONES = Map.ofEntries(Map.entry("utc", ZoneOffset.UTC),
            Map.entry("gmt", ZoneOffset.UTC), Map.entry("et", ZoneId.of("America/New_York")),
            Map.entry("ct", ZoneId.of("America/Chicago")), Map.entry("mt", ZoneId.of("America/Denver")),
            Map.entry("pt", ZoneId.of("America/Los_Angeles")), Map.entry("est", ZoneOffset.ofHours(-5)),
            Map.entry("edt", ZoneOffset.ofHours(-4)), Map.entry("cst", ZoneOffset.ofHours(-6)),
            Map.entry("cdt", ZoneOffset.ofHours(-5)), Map.entry("mst", ZoneOffset.ofHours(-7)),
            Map.entry("mdt", ZoneOffset.ofHours(-6)), Map.entry("pst", ZoneOffset.ofHours(-8)),
            Map.entry("pdt", ZoneOffset.ofHours(-7)));
    private static final int LONGEST_TEXT = 400;
    private static final Pattern CHANGE_LABEL = Pattern.compile("(?i)(?:updat|modif|revis|edited)\\w*\\W{0,4}(?:on\\W{1,2})?$");
    // a capitalised word right after a time that reads as a zone the pattern does not know: CET, BST, IST, AEST
    private static final Pattern OTHER_ZONE = Pattern.compile("\\s*[A-Z]{2,5}\\b");
    // what may stand around a date that is a whole item: separators and a publication label ("Published on:")
    private static final Pattern ITEM_LEAD = Pattern.compile(
            "(?i)^[\\s·|•/:,–—-]*(?:(?:first\\s+)?(?:published|posted)(?:\\s+on)?|on|date)?[\\s·|•/:,–—-]*");
    private static final Pattern ITEM_TAIL = Pattern.compile("[\\s·|•/,–—-]*$");
    /** How far before a date its label may start: "Updated on: " and the like. */
    private static final int LABEL_REACH = 20;

    private DateInText() {
    }

    /** The first date in the text, or null. */
    static Instant in(String text) {
        if (text == null || text.length() > LONGEST_TEXT) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            if (CHANGE_LABEL.matcher(text.substring(Math.max(0, m.start() - LABEL_REACH), m.start())).find()) {
                continue;
            }
            LocalDate day = day(m);
            if (day != null) {
                return at(day, m);
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
        Matcher m = DATE.matcher(text).region(start, end);
        LocalDate day = m.matches() && !unknownZone(text, m) ? day(m) : null;
        return day == null ? null : at(day, m);
    }

    /** The day of the first date the text writes, whatever its label, or null. */
    static LocalDate dayIn(String text) {
        if (text == null || text.length() > LONGEST_TEXT) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            LocalDate day = day(m);
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
        return m == null ? null : at(day, m);
    }

    /**
     * The instant of the first date in the text that falls on {@code day} and is written with a time but no zone word
     * ("May 4, 2026 at 2:47 PM"), read in {@code offset} (the site's, {@link SiteOffset}), or null.
     */
    static Instant clockOn(String text, LocalDate day, ZoneOffset offset) {
        Matcher m = timedOn(text, day, false);
        LocalTime clock = m == null ? null : clock(m);
        return clock == null ? null : LocalDateTime.of(day, clock).toInstant(offset);
    }

    /** The first date on {@code day} with a time, with a zone word or without one, not an update's; or null. */
    private static Matcher timedOn(String text, LocalDate day, boolean zoned) {
        if (text == null || text.length() > LONGEST_TEXT) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            if ((m.group("zone") != null) == zoned && m.group("hour") != null && day.equals(day(m))
                    && !unknownZone(text, m) && !CHANGE_LABEL.matcher(text.substring(Math.max(0, m.start() - LABEL_REACH), m.start())).find()) {
                return m;
            }
        }
        return null;
    }

    /** A time followed by a zone word the pattern does not know: its offset is unknown, not the site's. */
    private static boolean unknownZone(String text, Matcher m) {
        return m.group("hour") != null && m.group("zone") == null
                && OTHER_ZONE.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    private static LocalDate day(Matcher m) {
        try {
            if (m.group("year") != null) {
                return LocalDate.of(Integer.parseInt(m.group("year")), month(m.group("month")),
                        Integer.parseInt(m.group("day")));
            }
            if (m.group("year2") != null) {
                return LocalDate.of(Integer.parseInt(m.group("year2")), month(m.group("month2")),
                        Integer.parseInt(m.group("day2")));
            }
            int month = Integer.parseInt(m.group("m3"));
            int day = Integer.parseInt(m.group("d3"));
            int year = Integer.parseInt(m.group("y3"));
            return day <= 12 ? null : LocalDate.of(year < 100 ? 2000 + year : year, month, day);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
    }

    /** The instant when a zone word says which; the day at midnight UTC otherwise. */
    private static Instant at(LocalDate day, Matcher m) {
        String zone = m.group("zone");
        LocalTime clock = zone == null ? null : clock(m);
        return clock == null ? day.atStartOfDay(ZoneOffset.UTC).toInstant()
                : LocalDateTime.of(day, clock).atZone(ZONES.get(zone.toLowerCase(Locale.ROOT))).toInstant();
    }

    /** The time written after the date, or null when there is none or it is no time of day (13 PM, 25:00). */
    private static LocalTime clock(Matcher m) {
        return m.group("hour") == null ? null : timeOfDay(m.group("hour"), m.group("minute"), m.group("half"));
    }

    /** "2:47" with "PM" (or "p.m.", or none for a 24-hour clock) as a time of day, or null for none (13 PM, 25:00). */
    static LocalTime timeOfDay(String hourDigits, String minuteDigits, String half) {
        int hour = Integer.parseInt(hourDigits);
        int minute = Integer.parseInt(minuteDigits);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (Character.toLowerCase(half.charAt(0)) == 'p' ? 12 : 0);
        }
        return hour > 23 || minute > 59 ? null : LocalTime.of(hour, minute);
    }
}

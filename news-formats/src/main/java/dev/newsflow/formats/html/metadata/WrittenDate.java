package dev.newsflow.formats.html.metadata;

import dev.newsflow.formats.dates.Dates;
import dev.newsflow.formats.dates.ZoneWords;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written in words or digits ("May 4, 2026 2:57 PM UTC", "4 May 2026 at 14:27 ET", "05/13/2026 11:00 AM PST")
 * and what a match of it says. With a zone word it knows (UTC, GMT, ET, EST, EDT, CT, MT, PT and their S/D forms)
 * the time counts; without one only the day does (midnight UTC, as a day-only meta tag reads). Months may be named in
 * the other languages dates are read in (12. März 2024, 12 de marzo de 2024). Numbers with slashes only in the US
 * order, and only when the day cannot be a month (05/13/2026; 05/04/2026 and 13/05/2026 are left); with dots day
 * first (12.03.2024); year first with any of the three (2024.03.12); and 2024年3月12日. The time may come first.
 * {@link DateInText} says which match in a text answers which question.
 */
final class WrittenDate {

    // any word where a month's name goes: day() reads it as one only when it is one (Dates.monthNamed), in English or
    // another language dates are read in; a hundred names as alternatives made every search of a text slower
    private static final String MONTH_WORD = "\\p{L}{3,10}\\.?";
    // day first with a dot (12. März 2024) or "de" (12 de marzo de 2024); 12.03.2024 is day first wherever dots are
    // written; a date that starts with its year (2024.03.12, 2024/03/12, 2024-03-12) is year, month, day; and the
    // year, month and day of Chinese and Japanese (2024年3月12日), written with no space a word boundary could find
    // a time may come first, as US sites and German ones write it: "12:02 PM EDT, Thu August 22, 2024", "9:15 a.m. ET
    // Aug. 22, 2024", "10:30 Uhr, 12.03.2024"; only an English weekday may stand between, so that another word (an
    // unknown zone, "10:30 CET, 4 May 2026") leaves the time out and the day alone counts
    private static final String CLOCK_FIRST = "(?:\\b(?<hourFirst>\\d{1,2}):(?<minuteFirst>\\d\\d)\\s*"
            + "(?<halfFirst>[ap]\\.?m\\b\\.?)?(?:\\s*(?<zoneFirst>utc|gmt|[ecmp][sd]?t)\\b)?(?:\\s*uhr\\b)?"
            + "\\s*(?:,|on\\b|•|·|\\||-|–|—)?\\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)\\p{L}{0,6}\\.?,?\\s+)?)?";
    private static final Pattern DATE = Pattern.compile("(?i)" + CLOCK_FIRST + "(?:\\b(?:(?<month>" + MONTH_WORD
            + ")\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})"
            + "|(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\.?(?:\\s+de)?\\s+(?<month2>" + MONTH_WORD
            + "),?(?:\\s+de)?\\s+(?<year2>\\d{4})"
            + "|(?<m3>\\d{1,2})/(?<d3>\\d{1,2})/(?<y3>\\d{4}|\\d{2})"
            + "|(?<d4>\\d{1,2})\\.(?<m4>\\d{1,2})\\.(?<y4>\\d{4})"
            + "|(?<y5>\\d{4})(?<sep>[./-])(?<m5>\\d{1,2})\\k<sep>(?<d5>\\d{1,2}))\\b"
            + "|(?<y6>\\d{4})年(?<m6>\\d{1,2})月(?<d6>\\d{1,2})日)"
            + "(?:\\s*(?:,|at|@|-|–|—|•|·|/|\\|)?\\s*(?<hour>\\d{1,2}):(?<minute>\\d\\d)\\s*(?<half>[ap]\\.?m\\b\\.?)?"
            + "(?:\\s*(?<zone>utc|gmt|[ecmp][sd]?t)\\b)?)?");
    private WrittenDate() {
    }

    /** Written dates in {@code text}: a match's groups are what {@link #day}, {@link #clock} and {@link #at} read. */
    static Matcher matcher(String text) {
        return DATE.matcher(text);
    }

    /** The day a match writes, or null when it is none (a numeric date whose day could be a month, 31 April). */
    static LocalDate day(Matcher m) {
        try {
            if (m.group("year") != null) {
                return LocalDate.of(Integer.parseInt(m.group("year")), Dates.monthNamed(m.group("month")),
                        Integer.parseInt(m.group("day")));
            }
            if (m.group("year2") != null) {
                return LocalDate.of(Integer.parseInt(m.group("year2")), Dates.monthNamed(m.group("month2")),
                        Integer.parseInt(m.group("day2")));
            }
            if (m.group("y4") != null) {
                return LocalDate.of(Integer.parseInt(m.group("y4")), Integer.parseInt(m.group("m4")),
                        Integer.parseInt(m.group("d4")));
            }
            if (m.group("y5") != null || m.group("y6") != null) {
                String form = m.group("y6") != null ? "6" : "5"; // 2024年3月12日, else 2024.03.12
                return LocalDate.of(Integer.parseInt(m.group("y" + form)), Integer.parseInt(m.group("m" + form)),
                        Integer.parseInt(m.group("d" + form)));
            }
            int month = Integer.parseInt(m.group("m3"));
            int day = Integer.parseInt(m.group("d3"));
            int year = Integer.parseInt(m.group("y3"));
            return day <= 12 ? null : LocalDate.of(year < 100 ? 2000 + year : year, month, day);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /** The instant when a zone word says which; the day at midnight UTC otherwise. */
    static Instant at(LocalDate day, Matcher m) {
        String zone = zone(m);
        LocalTime clock = zone == null ? null : clock(m);
        return clock == null ? day.atStartOfDay(ZoneOffset.UTC).toInstant()
                : LocalDateTime.of(day, clock).atZone(ZoneWords.known(zone)).toInstant();
    }

    /** Whether the match writes a time, before the date or after it. */
    static boolean hasClock(Matcher m) {
        return m.group("hour") != null || isClockFirst(m);
    }

    /** Whether its time comes before the date ("12:02 PM EDT, August 22, 2024"). */
    static boolean isClockFirst(Matcher m) {
        return m.group("hourFirst") != null;
    }

    /** The zone word of its time, or null. */
    static String zone(Matcher m) {
        return isClockFirst(m) ? m.group("zoneFirst") : m.group("zone");
    }

    /** The time written with the date, or null when there is none or it is no time of day (13 PM, 25:00). */
    static LocalTime clock(Matcher m) {
        if (isClockFirst(m)) {
            return timeOfDay(m.group("hourFirst"), m.group("minuteFirst"), m.group("halfFirst"));
        }
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

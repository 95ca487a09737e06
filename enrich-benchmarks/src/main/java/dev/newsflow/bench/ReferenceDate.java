package dev.newsflow.bench;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A suite's reference publication time as its authors wrote it. Mercury's tests write ISO instants, but references
 * copied from pages ({@code publishedTime} in Mozilla Readability's layout is the page's own tag text) come in the
 * page's formats: an ISO time with a {@code +0000} offset or a space for the {@code T}, an e-mail-style date, a
 * JavaScript {@code Date} string, a US {@code 1/31/2020}, a day in words (AP style too: {@code Sept. 29, 2016}), a
 * fraction of a second of any length. Written independently of the reader's own date parsing, so that the scorer
 * does not share its mistakes.
 *
 * @param instant the moment, when the reference gives a time with an offset or a zone; else null
 * @param day     the day the reference names: the UTC day of {@code instant}, else the day as written
 * @param timed   whether the reference has a time of day (with or without an offset)
 */
record ReferenceDate(Instant instant, LocalDate day, boolean timed) {

    // US zone abbreviations pages write after a time; java.time's own short names are ambiguous for some
    private static final Map<String, String> ZONES = Map.of("ET", "America/New_York", "EST", "America/New_York",
            "EDT", "America/New_York", "CT", "America/Chicago", "CST", "America/Chicago", "CDT", "America/Chicago",
            "PT", "America/Los_Angeles", "PST", "America/Los_Angeles", "PDT", "America/Los_Angeles");
    private static final Pattern ZONE_WORD = Pattern.compile("\\b(ET|EST|EDT|CT|CST|CDT|PT|PST|PDT)\\b");
    private static final Pattern JS_ZONE_NAME = Pattern.compile("\\s*\\([^)]*\\)$");
    // AP style writes "Nov. 29" and "Sept. 29"; java.time reads "Nov 29" and "Sep 29"
    private static final Pattern MONTH_ABBREVIATION =
            Pattern.compile("(?i)\\b(jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)(?:t(?<=sept))?\\.?(?=\\s)");
    private static final List<DateTimeFormatter> ZONED = List.of(
            iso("[XXX][XX][X]"),
            DateTimeFormatter.RFC_1123_DATE_TIME,
            pattern("EEE, d MMM uuuu HH:mm[:ss] z"),
            pattern("EEE MMM dd uuuu HH:mm:ss 'GMT'XX"), // JavaScript's Date.toString, its zone name cut
            pattern("EEE MMM dd HH:mm:ss VV uuuu"),
            pattern("MMMM d, uuuu[:][,] h:mm a VV"),
            pattern("MMM d, uuuu[:][,] h:mm a VV"));
    private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(
            iso(""),
            pattern("MMMM d, uuuu[,] h:mm a"), pattern("M/d/uuuu h:mm a"));
    private static final List<DateTimeFormatter> DAYS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("uuuu/MM/dd"), pattern("M/d/uuuu"), pattern("MMMM d, uuuu"), pattern("MMM d, uuuu"),
            pattern("d MMMM uuuu"), pattern("d MMM uuuu"), pattern("EEEE, MMMM d, uuuu"));

    /** The reference read, or null when none of the formats reads it (it is then not scored). */
    static ReferenceDate parse(String text) {
        String t = JS_ZONE_NAME.matcher(text.strip()).replaceAll("");
        t = MONTH_ABBREVIATION.matcher(t).replaceAll("$1");
        t = ZONE_WORD.matcher(t.replace("a.m.", "AM").replace("p.m.", "PM")).replaceAll(m -> ZONES.get(m.group(1)));
        for (DateTimeFormatter format : ZONED) {
            TemporalAccessor parsed = tryParse(t, format);
            if (parsed != null) {
                try {
                    Instant instant = ZonedDateTime.from(parsed).toInstant();
                    return new ReferenceDate(instant, LocalDate.ofInstant(instant, ZoneId.of("UTC")), true);
                } catch (DateTimeException noOffset) {
                    // an optional offset that was absent: a wall-clock time, read below
                }
            }
        }
        for (DateTimeFormatter format : LOCAL_TIMES) {
            TemporalAccessor parsed = tryParse(t, format);
            if (parsed != null) {
                return new ReferenceDate(null, LocalDateTime.from(parsed).toLocalDate(), true);
            }
        }
        for (DateTimeFormatter format : DAYS) {
            TemporalAccessor parsed = tryParse(t, format);
            if (parsed != null) {
                return new ReferenceDate(null, LocalDate.from(parsed), false);
            }
        }
        return null;
    }

    private static TemporalAccessor tryParse(String text, DateTimeFormatter format) {
        try {
            return format.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** An ISO date and time, its fraction of a second of any length from none to nine digits, then {@code offset}. */
    private static DateTimeFormatter iso(String offset) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("uuuu-MM-dd['T'][' ']HH:mm[:ss]")
                .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).appendPattern(offset).toFormatter(Locale.US);
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.US);
    }
}

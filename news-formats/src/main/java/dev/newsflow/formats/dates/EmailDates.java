package dev.newsflow.formats.dates;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date and time of RFC 5322 (RFC 822 before it), as feeds' {@code pubDate}s and pages' meta tags write it, read as
 * feed readers read it: the weekday is not checked (generators get it wrong, readers ignore it), the year may have
 * two digits (RSS 2.0 allows them: 00-49 is 20xx, 50-99 19xx, RFC 5322's rule), the month may come before the day,
 * the seconds may carry a fraction, 24:00 is the next day's start, the time may be on a 12-hour clock
 * ({@code 12:02 PM EDT}), and the zone may be an offset with a colon, {@code GMT+1}, an offset followed by the
 * zone's name ({@code +0200 CEST}) or a word ({@link ZoneWords}); without one it is not this reader's (the day alone
 * reads). Months and weekdays may be named in the other languages dates are read in ({@link LocalNames}:
 * {@code Mo, 02 Mär 2026}, {@code lun., 02 mars 2026}), as feeds written by localised PHP and .NET sites have them.
 * Written here because java.time's {@code RFC_1123_DATE_TIME} refuses each of these variants (a wrong weekday cost
 * the date), and Rome's {@code DateParser} rolls an impossible date (31 April) into the next month.
 */
final class EmailDates {

    // the word pages write between a day and its time: "March 5, 2024 at 10:12 AM GMT", "5. März 2024 um 10:12 MEZ",
    // "5 mars 2024 à 10:12", "5 de marzo de 2024 a las 10:12", "5 marzo 2024 alle 10:12", "5 maart 2024 om 10:12"
    private static final String TIME_JOINER = "(?iu:at|um|à|a las|alle|om|às)";
    private static final Pattern SHAPE = Pattern.compile("(?:(\\p{L}{2,9})\\.?(?:,\\s*|\\s+))?"
            + "(?:(\\d{1,2})\\s*(\\p{L}{3,9})\\.?|(\\p{L}{3,9})\\.?\\s*(\\d{1,2})),?\\s+(\\d{4}|\\d{2}),?\\s+"
            + "(?:" + TIME_JOINER + "\\s+)?"
            + "(\\d{1,2}):(\\d\\d)(?::(\\d\\d)(?:[.,]\\d{1,9})?)?\\s*(.*)");
    // the offset may be followed by the zone's name, which it decides ("+0200 CEST", "-0400 EDT")
    private static final Pattern OFFSET = Pattern.compile(
            "(?i:GMT|UTC|UT)?\\s*([+-])(\\d{1,2})(?::?(\\d\\d))?(?:\\s+[A-Za-z]{1,5})?");
    // a 12-hour clock's half of the day before the zone: "Aug 22, 2024 12:02 PM EDT"
    private static final Pattern HALF_OF_DAY = Pattern.compile("^([AaPp])\\.?[Mm]\\.?(?=\\s|$)\\s*");
    private static final List<String> WEEKDAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private EmailDates() {
    }

    /** Empty when {@code text} is not such a date, its zone is unknown, or the date cannot be (31 April). */
    static Optional<Instant> of(String text) {
        // most text a page offers is no date: no time, no regular expression
        if (text.length() > 64 || text.indexOf(':') < 0) {
            return Optional.empty();
        }
        Matcher date = SHAPE.matcher(text);
        if (!date.matches() || date.group(1) != null && !isWeekday(date.group(1))) {
            return Optional.empty();
        }
        boolean dayFirst = date.group(2) != null;
        int month = Dates.month(dayFirst ? date.group(3) : date.group(4));
        String zone = date.group(10).strip();
        // without a zone the day alone reads (WrittenOutDates), and a page may place its time (html.metadata)
        if (month == 0 || zone.isEmpty()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(date.group(6));
        if (date.group(6).length() == 2) {
            year += year < 50 ? 2000 : 1900;
        }
        int hour = Integer.parseInt(date.group(7));
        Matcher half = HALF_OF_DAY.matcher(zone);
        if (half.find()) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (Character.toLowerCase(half.group(1).charAt(0)) == 'p' ? 12 : 0);
            zone = zone.substring(half.end());
            if (zone.isEmpty()) {
                return Optional.empty();
            }
        }
        int minute = Integer.parseInt(date.group(8));
        int second = date.group(9) == null ? 0 : Integer.parseInt(date.group(9));
        try {
            LocalDate day = LocalDate.of(year, month, Integer.parseInt(dayFirst ? date.group(2) : date.group(5)));
            // 24:00, the day's end, is the next day's start
            LocalDateTime local = hour == 24 && minute == 0 && second == 0 ? day.plusDays(1).atStartOfDay()
                    : day.atTime(hour, minute, second);
            ZoneId at = zone(zone, local);
            return at == null ? Optional.empty() : Optional.of(local.atZone(at).toInstant());
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    /** The zone written after the time; null when it names none known. */
    private static ZoneId zone(String written, LocalDateTime local) {
        Matcher offset = OFFSET.matcher(written);
        if (offset.matches()) {
            int hours = Integer.parseInt(offset.group(2));
            int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
            int sign = offset.group(1).equals("-") ? -1 : 1;
            return hours <= 18 && minutes < 60 ? ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes) : null;
        }
        return ZoneWords.of(written, local);
    }

    /** An English weekday's first three letters, or a weekday in another language dates are read in ({@code Mo}). */
    private static boolean isWeekday(String name) {
        return name.length() >= 3 && WEEKDAYS.contains(name.substring(0, 3).toLowerCase(Locale.ROOT))
                || LocalNames.isWeekday(name);
    }
}

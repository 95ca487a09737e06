package dev.newsflow.formats.dates;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as newsrooms write them; a date without a zone is taken as UTC, one without a time as midnight. */
public final class Dates {

    // 2026-04-08T06:30:00.123+0200, 2026-04-08 06:30:00 +02:00, 2026-04-08 06:30:00 Z: as CMSs write meta tags
    private static final DateTimeFormatter OFFSET_WITHOUT_COLON = offsetDateTime("+HHmm");
    private static final DateTimeFormatter SPACED_OFFSET = offsetDateTime("+HH:MM");
    // 2026-05-04 08:15:00 GMT, 2026-05-04T08:15 UTC: this before the zone's word
    private static final DateTimeFormatter ISO_BEFORE_ZONE =
            formatter("uuuu-MM-dd['T'][' ']HH:mm[:ss][.SSSSSS][.SSS]", Locale.ENGLISH);
    private static final Pattern ISO_BASIC =
            Pattern.compile("(\\d{4})(\\d\\d)(\\d\\d)T(\\d\\d)(\\d\\d)(\\d\\d)?(Z|[+-]\\d\\d:?\\d\\d|[+-]\\d\\d)?");
    private static final Pattern SHORT_OFFSET =
            Pattern.compile("(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(?::\\d\\d)?)([+-])(\\d)(\\d\\d)");
    private static final List<Function<String, Instant>> PARSERS = List.of(
            Instant::parse,
            s -> OffsetDateTime.parse(s).toInstant(),
            s -> LocalDateTime.parse(s).toInstant(ZoneOffset.UTC),
            s -> LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC),
            s -> LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant(),
            s -> OffsetDateTime.parse(s, OFFSET_WITHOUT_COLON).toInstant(),
            s -> OffsetDateTime.parse(s, SPACED_OFFSET).toInstant());

    private static final long SECONDS_PER_DAY = 86_400;
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /** For {@link #zoned}: the zone is the text's last word. */
    static final int LAST_WORD = -1;

    private Dates() {
    }

    static DateTimeFormatter formatter(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale);
    }

    private static DateTimeFormatter offsetDateTime(String offsetPattern) {
        return new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE)
                .optionalStart().appendLiteral('T').optionalEnd()
                .optionalStart().appendLiteral(' ').optionalEnd()
                .append(DateTimeFormatter.ISO_LOCAL_TIME)
                .optionalStart().appendLiteral(' ').optionalEnd()
                .parseLenient().appendOffset(offsetPattern, "Z")
                .toFormatter(Locale.ROOT);
    }

    /** Midnight UTC: how a date written to the day only reads. */
    public static boolean isDayOnly(Instant date) {
        return date.getEpochSecond() % SECONDS_PER_DAY == 0;
    }

    /**
     * The month a month's name names, whole or abbreviated, in English or another language dates are read in
     * ({@link LocalNames}), or an English name's first three letters; 1 to 12, 0 for any other word.
     */
    public static int month(String name) {
        int local = LocalNames.month(name);
        return local != 0 || name.length() < 3 ? local
                : MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    /**
     * The month a month's name names exactly, whole or abbreviated, with or without its dot, in English or another
     * language dates are read in ({@link LocalNames}); 0 for any other word ("Marketing" names none).
     */
    public static int monthNamed(String name) {
        return LocalNames.month(name);
    }

    /** Empty when absent or unreadable: a bad date must not cost the article. */
    public static Optional<Instant> parse(Object value) {
        return switch (value) {
            case null -> Optional.empty();
            case Date date -> Optional.of(date.toInstant());
            default -> parseText(value.toString().strip());
        };
    }

    private static Optional<Instant> parseText(String text) {
        if (text.length() >= 8 && DigitDates.allDigits(text)) {
            return DigitDates.numeric(text);
        }
        Matcher basic = text.length() >= 13 && text.charAt(8) == 'T' ? ISO_BASIC.matcher(text) : null;
        if (basic != null && basic.matches()) {
            // ISO 8601's basic format, 20260504T081500Z: the extended one's fields without their separators
            String time = basic.group(4) + ":" + basic.group(5) + (basic.group(6) != null ? ":" + basic.group(6) : "");
            String zone = basic.group(7);
            String offset = zone == null ? "" : zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3)
                    : zone.length() == 3 ? zone + ":00" : zone;
            return parseText(basic.group(1) + "-" + basic.group(2) + "-" + basic.group(3) + "T" + time + offset);
        }
        if (text.length() < 8 || !Character.isDigit(text.charAt(0)) || text.charAt(4) != '-') {
            return WrittenOutDates.of(text);
        }
        Instant iso = IsoInstant.parse(text);
        if (iso != null) {
            return Optional.of(iso);
        }
        if (!isoDayExists(text)) {
            return Optional.empty(); // 2026-02-30: the shapes below would read the month's last day
        }
        if (Character.isLetter(text.charAt(text.length() - 1))) {
            Optional<Instant> named = zoned(text, LAST_WORD, ISO_BEFORE_ZONE);
            if (named.isPresent()) {
                return named; // else a shape below ("2026-05-04 08:15:00Z")
            }
        }
        for (Function<String, Instant> parser : PARSERS) {
            try {
                return Optional.of(parser.apply(text));
            } catch (DateTimeParseException notThisShape) {
                // most text fits just one of the shapes, so a miss here is routine
            }
        }
        // "2026-05-04T10:15-500": an offset written with its hour's leading zero and colon left out reads one way only
        Matcher shortOffset = SHORT_OFFSET.matcher(text);
        return shortOffset.matches() ? Optional.ofNullable(IsoInstant.parse(shortOffset.group(1) + shortOffset.group(2)
                + "0" + shortOffset.group(3) + ":" + shortOffset.group(4))) : Optional.empty();
    }

    /**
     * {@code text} at the zone its word at {@code zoneWord} (a space-separated word's index, or {@link #LAST_WORD})
     * names ({@link ZoneWords}), the other words read whole by {@code format}; empty when either does not read.
     */
    static Optional<Instant> zoned(String text, int zoneWord, DateTimeFormatter format) {
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        int at = zoneWord == LAST_WORD ? words.size() - 1 : zoneWord;
        if (at <= 0 || at >= words.size()) {
            return Optional.empty();
        }
        String word = words.remove(at);
        return local(String.join(" ", words), format).flatMap(local -> Optional.ofNullable(ZoneWords.of(word, local))
                .map(zone -> local.atZone(zone).toInstant()));
    }

    /** The whole {@code text} read by {@code format}, which reads no zone, at {@code zone}; else empty. */
    static Optional<Instant> at(String text, DateTimeFormatter format, ZoneId zone) {
        return local(text, format).map(local -> local.atZone(zone).toInstant());
    }

    private static Optional<LocalDateTime> local(String text, DateTimeFormatter format) {
        ParsePosition position = new ParsePosition(0);
        if (format.parseUnresolved(text, position) == null || position.getErrorIndex() >= 0
                || position.getIndex() != text.length()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text, format));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    /** Whether the ISO date {@code text} opens with ({@code 2026-02-30}) is a day its month has; else no date. */
    private static boolean isoDayExists(String text) {
        try {
            return text.length() >= 10 && LocalDate.parse(text.substring(0, 10)) != null;
        } catch (DateTimeParseException notADay) {
            return false;
        }
    }
}

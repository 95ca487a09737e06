package dev.newsflow.formats.dates;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.text.ParsePosition;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Publication dates as newsrooms write them; a date without a zone is taken as UTC, one without a time as midnight. */
public final class Dates {

    // 2026-04-08T06:30:00.123+0200, 2026-04-08 06:30:00 +02:00, 2026-04-08 06:30:00 Z: as CMSs write meta tags
    private static final DateTimeFormatter OFFSET_WITHOUT_COLON = offsetDateTime("+HHmm");
    private static final DateTimeFormatter SPACED_OFFSET = offsetDateTime("+HH:MM");
    // As pages show dates in <time> elements and bylines: October 12, 2025 / Sunday, October 12, 2025 / Oct. 12, 2025 /
    // 12 October 2025 / Sun, 12 Oct 2025 / 2025/10/12, possibly followed by a time, which is not read
    private static final List<DateTimeFormatter> WRITTEN_OUT = Stream.concat(Stream.of("[EEEE, ][EEE, ]MMMM d[,] uuuu",
                    "[EEEE, ][EEE, ]MMM d[,] uuuu", "[EEEE, ][EEE, ]d MMMM[,] uuuu", "[EEEE, ][EEE, ]d MMM[,] uuuu",
                    "uuuu/MM/dd", "uuuu/M/d", "d.M.uuuu")
                    .map(pattern -> formatter(pattern, Locale.ENGLISH)),
                    // 4. Mai 2026, 4 mai 2026, 4 de mayo de 2026, 4 maggio 2026, 4 mei 2026: the month written out
                    Stream.of(Locale.GERMAN, Locale.FRENCH, Locale.ITALIAN, Locale.of("nl"), Locale.of("es"),
                                    Locale.of("pt"))
                            .map(locale -> formatter("d[.][ 'de'] MMMM[ 'de'] uuuu", locale)))
            .toList();
    // An email-style date whose zone is a name (RSS dates in meta tags: "Mon, 04 May 2026 04:15:00 EDT")
    private static final DateTimeFormatter NAMED_ZONE = formatter("[EEE, ]d MMM uuuu HH:mm[:ss] z", Locale.ENGLISH);
    // Java's Date.toString(), which CMSs written in Java put in meta tags: "Mon May 04 12:45:00 EDT 2026"
    private static final DateTimeFormatter JAVA_DATE = formatter("EEE MMM dd HH:mm:ss z uuuu", Locale.ENGLISH);
    // 2026-05-04 08:15:00 GMT, 2026-05-04T08:15 UTC
    private static final DateTimeFormatter ISO_NAMED_ZONE =
            formatter("uuuu-MM-dd['T'][' ']HH:mm[:ss][.SSSSSS][.SSS] z", Locale.ENGLISH);
    // "Published: May 4, 2026", "Posted on 4 May 2026": the label before a date shown on the page
    private static final Pattern LABEL = Pattern.compile("^(?i:published|posted|first published|date)(?:\\s+on)?\\s*:?\\s+");
    private static final Pattern SHORT_OFFSET =
            Pattern.compile("(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(?::\\d\\d)?)([+-])(\\d)(\\d\\d)");
    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
    private static final DateTimeFormatter DIGITS_TO_MINUTE = DateTimeFormatter.ofPattern("uuuuMMddHHmm");
    private static final DateTimeFormatter DIGITS_TO_SECOND = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final Pattern ORDINAL_OR_DOT = Pattern.compile("(?<=\\d)(?:st|nd|rd|th)\\b|(?<=\\p{L})\\.");
    private static final List<Function<String, Instant>> PARSERS = List.of(
            Instant::parse,
            s -> OffsetDateTime.parse(s).toInstant(),
            s -> LocalDateTime.parse(s).toInstant(ZoneOffset.UTC),
            s -> LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC),
            s -> LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant(),
            s -> OffsetDateTime.parse(s, OFFSET_WITHOUT_COLON).toInstant(),
            s -> OffsetDateTime.parse(s, SPACED_OFFSET).toInstant());

    private Dates() {
    }

    private static DateTimeFormatter formatter(String pattern, Locale locale) {
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

    /** Empty when absent or unreadable: a bad date must not cost the article. */
    public static Optional<Instant> parse(Object value) {
        return switch (value) {
            case null -> Optional.empty();
            case Date date -> Optional.of(date.toInstant());
            default -> parseText(value.toString().strip());
        };
    }

    private static Optional<Instant> parseText(String text) {
        if (text.length() >= 8 && allDigits(text)) {
            return numeric(text);
        }
        if (text.length() < 8 || !Character.isDigit(text.charAt(0)) || text.charAt(4) != '-') {
            return writtenOut(text);
        }
        Instant iso = IsoInstant.parse(text);
        if (iso != null) {
            return Optional.of(iso);
        }
        if (Character.isLetter(text.charAt(text.length() - 1))) {
            Optional<Instant> named = zoned(text, ISO_NAMED_ZONE);
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

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Digits alone, as some CMSs and analytics tags write a date: {@code 20260504}, {@code 202605040815},
     * {@code 20260504081500} (UTC), or a Unix time in seconds or milliseconds. Out of 1990-2099 it is no date.
     */
    private static Optional<Instant> numeric(String digits) {
        Instant instant;
        try {
            instant = switch (digits.length()) {
                case 8 -> LocalDate.parse(digits, DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
                case 12, 14 -> LocalDateTime.parse(digits, digits.length() == 12 ? DIGITS_TO_MINUTE : DIGITS_TO_SECOND)
                        .toInstant(ZoneOffset.UTC);
                // yyyyMMddHH when it reads as one: a Unix time of that shape would lie in the 2030s
                case 10 -> hourly(digits).orElseGet(() -> Instant.ofEpochSecond(Long.parseLong(digits)));
                case 13 -> Instant.ofEpochMilli(Long.parseLong(digits));
                default -> null;
            };
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
        return instant == null ? Optional.empty() : inRange(instant);
    }

    /** A digits-only date outside 1990-2099 is some other number. */
    private static Optional<Instant> inRange(Instant instant) {
        return instant.isAfter(EARLIEST) && instant.isBefore(LATEST) ? Optional.of(instant) : Optional.empty();
    }

    private static Optional<Instant> hourly(String digits) {
        try {
            Instant hour = LocalDateTime.parse(digits + "00", DIGITS_TO_MINUTE).toInstant(ZoneOffset.UTC);
            return inRange(hour);
        } catch (DateTimeException notThisShape) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> zoned(String text, DateTimeFormatter format) {
        ParsePosition position = new ParsePosition(0);
        TemporalAccessor fields = format.parseUnresolved(text, position);
        if (fields == null || position.getErrorIndex() >= 0 || position.getIndex() != text.length()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(text, format).toInstant());
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    /** A date written out, read from the start of the text without exceptions (most text is no date at all). */
    private static Optional<Instant> writtenOut(String shown) {
        String text = LABEL.matcher(shown).replaceFirst("");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        ParsePosition rfc1123 = new ParsePosition(0);
        if (DateTimeFormatter.RFC_1123_DATE_TIME.parseUnresolved(text, rfc1123) != null
                && rfc1123.getErrorIndex() < 0 && rfc1123.getIndex() == text.length()) {
            try {
                return Optional.of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeException impossible) {
                return Optional.empty();
            }
        }
        if (Character.isLetter(text.charAt(text.length() - 1))) {
            Optional<Instant> zoned = zoned(text, NAMED_ZONE);
            if (zoned.isPresent()) {
                return zoned;
            }
        }
        if (text.length() >= 26 && Character.isLetter(text.charAt(0))) {
            Optional<Instant> java = zoned(text, JAVA_DATE);
            if (java.isPresent()) {
                return java;
            }
        }
        String plain = ORDINAL_OR_DOT.matcher(text).replaceAll("");
        for (DateTimeFormatter format : WRITTEN_OUT) {
            ParsePosition position = new ParsePosition(0);
            TemporalAccessor fields = format.parseUnresolved(plain, position);
            boolean wholeDate = fields != null && position.getErrorIndex() < 0 && (position.getIndex() == plain.length()
                    || !Character.isLetterOrDigit(plain.charAt(position.getIndex())));
            if (wholeDate && fields.isSupported(ChronoField.YEAR) && fields.isSupported(ChronoField.MONTH_OF_YEAR)
                    && fields.isSupported(ChronoField.DAY_OF_MONTH)) {
                try {
                    return Optional.of(LocalDate.of((int) fields.getLong(ChronoField.YEAR),
                            (int) fields.getLong(ChronoField.MONTH_OF_YEAR), (int) fields.getLong(ChronoField.DAY_OF_MONTH))
                            .atStartOfDay(ZoneOffset.UTC).toInstant());
                } catch (DateTimeException impossible) {
                    return Optional.empty(); // 31 April
                }
            }
        }
        return Optional.empty();
    }
}

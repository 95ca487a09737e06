package dev.newsflow.formats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Publication dates as newsrooms write them; a date without a zone is taken as UTC, one without a time as midnight. */
final class Dates {

    // 2026-04-08T06:30:00.123+0200, 2026-04-08 06:30:00 +02:00, 2026-04-08 06:30:00 Z: as CMSs write meta tags
    private static final DateTimeFormatter OFFSET_WITHOUT_COLON = offsetDateTime("+HHmm");
    private static final DateTimeFormatter SPACED_OFFSET = offsetDateTime("+HH:MM");
    // October 12, 2025 / Sunday, October 12, 2025 and 12 October 2025, as <time> elements show them
    private static final DateTimeFormatter MONTH_NAME_FIRST =
            DateTimeFormatter.ofPattern("[EEEE, ]MMMM d, uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final List<Function<String, Instant>> PARSERS = List.of(
            Instant::parse,
            s -> OffsetDateTime.parse(s).toInstant(),
            s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
            s -> LocalDateTime.parse(s).toInstant(ZoneOffset.UTC),
            s -> LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC),
            s -> LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant(),
            s -> OffsetDateTime.parse(s, OFFSET_WITHOUT_COLON).toInstant(),
            s -> OffsetDateTime.parse(s, SPACED_OFFSET).toInstant(),
            s -> LocalDate.parse(s, MONTH_NAME_FIRST).atStartOfDay(ZoneOffset.UTC).toInstant(),
            s -> LocalDate.parse(s, DAY_FIRST).atStartOfDay(ZoneOffset.UTC).toInstant());

    private Dates() {
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
    static Optional<Instant> parse(Object value) {
        return switch (value) {
            case null -> Optional.empty();
            case Date date -> Optional.of(date.toInstant());
            default -> parseText(value.toString().strip());
        };
    }

    private static Optional<Instant> parseText(String text) {
        for (Function<String, Instant> parser : PARSERS) {
            try {
                return Optional.of(parser.apply(text));
            } catch (DateTimeParseException notThisShape) {
                // most text fits just one of the shapes, so a miss here is routine
            }
        }
        return Optional.empty();
    }
}

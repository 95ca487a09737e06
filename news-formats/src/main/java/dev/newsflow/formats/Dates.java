package dev.newsflow.formats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Publication dates as newsrooms write them; a date without a zone is taken as UTC, one without a time as midnight. */
final class Dates {

    private static final List<Function<String, Instant>> PARSERS = List.of(
            Instant::parse,
            s -> OffsetDateTime.parse(s).toInstant(),
            s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
            s -> LocalDateTime.parse(s).toInstant(ZoneOffset.UTC),
            s -> LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC),
            s -> LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant());

    private Dates() {
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

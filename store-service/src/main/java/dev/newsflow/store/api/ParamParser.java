package dev.newsflow.store.api;

import dev.newsflow.events.EntityType;
import dev.newsflow.events.SentimentLabel;
import dev.newsflow.store.api.InvalidParametersException.InvalidParam;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns raw query parameters into typed values and collects every problem, so one 400 names all bad parameters
 * with a reason a person can act on. Blank values count as absent.
 */
public final class ParamParser {

    public static final int MAX_TEXT_LENGTH = 500;
    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;

    private final List<InvalidParam> invalid = new ArrayList<>();

    public String text(String name, String value) {
        String text = value == null ? null : blankToNull(asStored(value));
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            return reject(name, "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        return text;
    }

    /**
     * A name or words as the store holds text: NFC, as ingest normalises it, so a decomposed "Zoë" (as macOS file
     * names and some keyboards write it) finds the same entity and words.
     */
    public static String asStored(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * An ISO-8601 instant ({@code 2025-02-17T09:30:00Z}), offset date-time, or a date (midnight UTC), in the years
     * 0001 to 9999 (UTC): java.time reads {@code +999999999-12-31}, which the database cannot compare with.
     */
    public Instant time(String name, String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        Instant instant;
        try {
            instant = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return reject(name, "'" + text + "' is not an ISO-8601 date-time like 2025-02-17T09:30:00Z or a date like 2025-02-17");
        }
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return reject(name, "'" + text + "' must fall in the years 0001 to 9999 (UTC)");
        }
        return instant;
    }

    public SentimentLabel sentiment(String name, String value) {
        return oneOf(name, value, SentimentLabel.class, SentimentLabel::wireName);
    }

    public EntityType entityType(String name, String value) {
        return oneOf(name, value, EntityType.class, EntityType::name);
    }

    public TimeField timeField(String name, String value, TimeField absent) {
        TimeField field = oneOf(name, value, TimeField.class, f -> f.name().toLowerCase(Locale.ROOT));
        return field == null ? absent : field;
    }

    /** A sentiment score in [-1, 1]. */
    public Double score(String name, String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            double score = Double.parseDouble(text);
            if (score >= -1 && score <= 1) {
                return score;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        return reject(name, "must be a number from -1 to 1, not '" + text + "'");
    }

    public int limit(String name, String value, int absent, int max) {
        String text = blankToNull(value);
        if (text == null) {
            return absent;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        reject(name, "must be a whole number from 1 to " + max + ", not '" + text + "'");
        return absent;
    }

    /** Records a problem found by the caller; returns null so parsing can go on. */
    public <T> T reject(String name, String reason) {
        invalid.add(new InvalidParam(name, reason));
        return null;
    }

    public boolean isValid() {
        return invalid.isEmpty();
    }

    public void throwIfInvalid() {
        if (!invalid.isEmpty()) {
            throw new InvalidParametersException(invalid);
        }
    }

    private <E extends Enum<E>> E oneOf(String name, String value, Class<E> type,
            Function<E, String> wireName) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (wireName.apply(constant).equalsIgnoreCase(text)) {
                return constant;
            }
        }
        return reject(name, "must be one of " + Arrays.stream(type.getEnumConstants()).map(wireName)
                .collect(Collectors.joining(", ")) + ", not '" + text + "'");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package dev.newsflow.formats.dates;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Dates written in digits alone, for {@link Dates}: a day, a day and time, or a Unix time. */
final class DigitDates {

    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
    private static final DateTimeFormatter DIGITS_TO_MINUTE = DateTimeFormatter.ofPattern("uuuuMMddHHmm");
    private static final DateTimeFormatter DIGITS_TO_SECOND = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private DigitDates() {
    }

    static boolean allDigits(String text) {
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
    static Optional<Instant> numeric(String digits) {
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
}

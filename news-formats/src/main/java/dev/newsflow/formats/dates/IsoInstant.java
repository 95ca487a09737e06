package dev.newsflow.formats.dates;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The shapes nearly every page's metadata writes its date in, read by hand: {@code 2026-04-08},
 * {@code 2026-04-08T06:30}, {@code 2026-04-08T06:30:00}, with a fraction of a second and {@code Z} or
 * {@code +02:00}. {@code java.time}'s parsers cost several microseconds a call (a page holds several dates);
 * anything else, or a value out of range, answers null and goes to them ({@link Dates}).
 */
final class IsoInstant {

    private IsoInstant() {
    }

    /** The instant, a date without a zone taken as UTC and one without a time as midnight; null when not this shape. */
    static Instant parse(String s) {
        int n = s.length();
        if (n < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = 0;
        int minute = 0;
        int second = 0;
        int nanos = 0;
        int i = 10;
        if (n > 10) {
            if (n < 16 || s.charAt(10) != 'T' || s.charAt(13) != ':') {
                return null;
            }
            hour = digits(s, 11, 2);
            minute = digits(s, 14, 2);
            i = 16;
            if (i < n && s.charAt(i) == ':') {
                second = i + 3 <= n ? digits(s, i + 1, 2) : -1;
                i += 3;
                if (i < n && s.charAt(i) == '.') {
                    int start = ++i;
                    while (i < n && i - start < 9 && Character.isDigit(s.charAt(i))) {
                        nanos = nanos * 10 + s.charAt(i++) - '0';
                    }
                    if (i == start) {
                        return null;
                    }
                    for (int k = i - start; k < 9; k++) {
                        nanos *= 10;
                    }
                }
            }
        }
        int offsetSeconds = 0;
        if (i < n) {
            char sign = s.charAt(i);
            if (sign == 'Z' && i + 1 == n) {
                i++;
            } else if ((sign == '+' || sign == '-') && i + 6 == n && s.charAt(i + 3) == ':') {
                int hours = digits(s, i + 1, 2);
                int minutes = digits(s, i + 4, 2);
                if (hours < 0 || minutes < 0 || minutes > 59) {
                    return null;
                }
                offsetSeconds = (sign == '+' ? 1 : -1) * (hours * 3600 + minutes * 60);
                i = n;
            } else {
                return null;
            }
        }
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                    .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The number the {@code count} ASCII digits at {@code from} write, or -1 when one is not a digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }
}

package dev.newsflow.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a reader's field is compared with a suite's reference: one rule per field, shared by every suite layout. */
final class SuiteScoring {

    /** How a read publication time compares with the reference. */
    enum DateMatch { EQUAL, SAME_DAY, WRONG, MISSING }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private SuiteScoring() {
    }

    /**
     * Equal as an instant (to the second) when the reference has a time with an offset; equal as a UTC day when the
     * reference has only a day. SAME_DAY: a timed reference and the read instant fall on the same UTC day.
     */
    static DateMatch date(String expected, Instant actual) {
        if (actual == null) {
            return DateMatch.MISSING;
        }
        String e = expected.strip();
        LocalDate actualDay = LocalDate.ofInstant(actual, ZoneOffset.UTC);
        if (DAY.matcher(e).matches()) {
            return LocalDate.parse(e).equals(actualDay) ? DateMatch.EQUAL : DateMatch.WRONG;
        }
        Instant reference;
        try {
            reference = OffsetDateTime.parse(e).toInstant();
        } catch (DateTimeParseException noOffset) {
            // A reference without an offset names a wall-clock time: only its day can be compared.
            return LocalDateTime.parse(e).toLocalDate().equals(actualDay) ? DateMatch.SAME_DAY : DateMatch.WRONG;
        }
        if (reference.truncatedTo(ChronoUnit.SECONDS).equals(actual.truncatedTo(ChronoUnit.SECONDS))) {
            return DateMatch.EQUAL;
        }
        return LocalDate.ofInstant(reference, ZoneOffset.UTC).equals(actualDay) ? DateMatch.SAME_DAY : DateMatch.WRONG;
    }

    /** Languages are equal on their primary subtag: {@code en-GB} matches {@code en}. */
    static boolean sameLanguage(String expected, String actual) {
        return actual != null && primary(expected).equals(primary(actual));
    }

    /** Titles and site names are equal once white space (no-break spaces too) is collapsed; site names ignore case. */
    static boolean sameTitle(String expected, String actual) {
        return actual != null && spaced(expected).equals(spaced(actual));
    }

    static boolean sameSite(String expected, String actual) {
        return actual != null && spaced(expected).equalsIgnoreCase(spaced(actual));
    }

    /** A byline matches loosely: one contains the other once reduced to lower-case letters and digits. */
    static boolean sameByline(String expected, String actual) {
        if (actual == null) {
            return false;
        }
        String e = reduced(expected);
        String a = reduced(actual);
        return !a.isEmpty() && (e.contains(a) || a.contains(e));
    }

    /** The suite's first words of the article appear, in order, in the read main text. */
    static boolean hasOpening(String opening, String body) {
        return reduced(body).contains(reduced(opening));
    }

    /** Bag-of-words F1 of the lower-cased tokens, as extraction benchmarks score main text. */
    static double f1(String expected, String actual) {
        Map<String, Integer> want = tokens(expected);
        Map<String, Integer> got = tokens(actual);
        int wantTotal = want.values().stream().mapToInt(Integer::intValue).sum();
        int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
        if (wantTotal == 0 || gotTotal == 0) {
            return wantTotal == gotTotal ? 1 : 0;
        }
        int common = 0;
        for (Map.Entry<String, Integer> entry : got.entrySet()) {
            common += Math.min(entry.getValue(), want.getOrDefault(entry.getKey(), 0));
        }
        double precision = (double) common / gotTotal;
        double recall = (double) common / wantTotal;
        return common == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> tokens(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    private static String primary(String tag) {
        return tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    }

    private static String spaced(String text) {
        return text.replaceAll("[\\s\\p{Z}]+", " ").strip(); // \p{Z}: no-break spaces are white space too
    }

    private static String reduced(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}

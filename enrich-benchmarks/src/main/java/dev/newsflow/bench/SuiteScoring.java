package dev.newsflow.bench;

import dev.newsflow.formats.text.ByWords;
import org.jsoup.parser.Parser;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a reader's field is compared with a suite's reference: one rule per field, shared by every suite layout. */
final class SuiteScoring {

    /** How a read publication time compares with the reference. */
    enum DateMatch { EQUAL, SAME_DAY, WRONG, MISSING, UNREADABLE }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    // the words that join two writers in a byline, as the reader knows them
    private static final Pattern NAME_SEPARATOR = Pattern.compile(
            "\\s*[,;&|/·+]\\s*|\\s+(?:" + ByWords.AND_ALTERNATIVES + ")\\s+", Pattern.CASE_INSENSITIVE);
    // "By", and what stands for it in the other languages' bylines a reference keeps: "Par", "Von", "Autores:" ...
    private static final Pattern BY = Pattern.compile(
            "^(?:by|(?:" + ByWords.ALTERNATIVES + ")(?=\\s+\\S+\\s+\\S)"
                    + "|(?:authors?|auto[rř]\\p{L}*|auteurs?|autrice)\\s*:)\\s*:?\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SuiteScoring() {
    }

    /**
     * Equal as an instant (to the second) when the reference has a time with an offset; equal as a UTC day when the
     * reference has only a day. SAME_DAY: a timed reference and the read instant fall on the same UTC day (a reference
     * without an offset names a wall-clock time: only its day can be compared). The reference may be written in any
     * of the formats {@link ReferenceDate} reads; UNREADABLE when it is in none.
     */
    static DateMatch date(String expected, Instant actual) {
        ReferenceDate reference = ReferenceDate.parse(expected);
        if (reference == null) {
            return DateMatch.UNREADABLE;
        }
        if (actual == null) {
            return DateMatch.MISSING;
        }
        LocalDate actualDay = LocalDate.ofInstant(actual, ZoneOffset.UTC);
        boolean sameDay = reference.day().equals(actualDay);
        if (reference.instant() != null
                && reference.instant().truncatedTo(ChronoUnit.SECONDS).equals(actual.truncatedTo(ChronoUnit.SECONDS))
                || !reference.timed() && sameDay) {
            return DateMatch.EQUAL;
        }
        return reference.timed() && sameDay ? DateMatch.SAME_DAY : DateMatch.WRONG;
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

    /**
     * A byline matches loosely: one contains the other once reduced to lower-case letters and digits, or both name
     * the same people whatever joins them ({@code "A, B and C"} and {@code "A; B; C"}, {@code "A & B"} and
     * {@code "B, A"}).
     */
    static boolean sameByline(String expected, String actual) {
        if (actual == null) {
            return false;
        }
        String e = reduced(expected);
        String a = reduced(actual);
        return !a.isEmpty() && (e.contains(a) || a.contains(e) || names(expected).equals(names(actual)));
    }

    /** The same people and nothing else beside them: {@code "Ines Roth, Port reporter"} is not {@code "Ines Roth"}. */
    static boolean sameNames(String expected, String actual) {
        return actual != null && names(expected).equals(names(actual));
    }

    /**
     * Whether the page holds every word of the reference byline (its text, attributes or scripts): a reference that it
     * does not hold was taken from a part of the page that the saved copy lacks, and no reader could find it.
     */
    static boolean inPage(String byline, byte[] page) {
        Set<String> words = new HashSet<>(tokens(Parser.unescapeEntities(new String(page, StandardCharsets.UTF_8),
                false)).keySet());
        return words.containsAll(tokens(byline).keySet());
    }

    private static Set<String> names(String byline) {
        Set<String> names = new HashSet<>();
        for (String name : NAME_SEPARATOR.split(BY.matcher(byline.strip()).replaceFirst(""))) {
            if (!reduced(name).isEmpty()) {
                names.add(reduced(name));
            }
        }
        return names;
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

package dev.newsflow.formats.dates;

import dev.newsflow.formats.text.Spaces;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A date written out, for {@link Dates}: read from the start of the text without exceptions (most text is no date at
 * all), after a label ("Published:"), in English or with the month named in eight other languages, as email and feeds
 * write it ({@link EmailDates}), or as Java's {@code Date.toString()}.
 */
final class WrittenOutDates {

    // As pages show dates in <time> elements and bylines: October 12, 2025 / Sunday, October 12, 2025 / Oct. 12, 2025 /
    // 12 October 2025 / Sun, 12 Oct 2025 / 2025/10/12, possibly followed by a time, which is not read
    private static final List<DateTimeFormatter> WRITTEN_OUT = Stream.concat(Stream.of("[EEEE, ][EEE, ]MMMM d[,] uuuu",
                    "[EEEE, ][EEE, ]MMM d[,] uuuu", "[EEEE, ][EEE, ]d MMMM[,] uuuu", "[EEEE, ][EEE, ]d MMM[,] uuuu",
                    "uuuu/MM/dd", "uuuu/M/d", "d.M.uuuu")
                    .map(pattern -> Dates.formatter(pattern, Locale.ENGLISH)),
                    // 4. Mai 2026, 4 mai 2026, 4 de mayo de 2026, 4 maggio 2026, 4 mei 2026: the month written out
                    LocalNames.LOCALES.stream().skip(1)
                            .map(locale -> Dates.formatter("[EEEE][EEE][, ][ ]d[.][ 'de'] MMMM[ 'de'] uuuu", locale)))
            .toList();
    // Java's Date.toString(), which CMSs written in Java put in meta tags: "Mon May 04 12:45:00 EDT 2026"
    // (its zone, the fifth word, taken out)
    private static final DateTimeFormatter JAVA_DATE = Dates.formatter("EEE MMM dd HH:mm:ss uuuu", Locale.ENGLISH);
    private static final int JAVA_DATE_ZONE = 4;
    // C's asctime() (no zone: UTC), "Thu Jan  1 19:48:21 2004", and RFC 850's "Thursday, 01-Jan-04 19:48:21 GMT", a
    // two-digit year read within 1970-2069: HTTP's older date shapes, which feeds still write
    private static final DateTimeFormatter ASCTIME = Dates.formatter("EEE MMM d HH:mm:ss uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter RFC_850 = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("EEEE, dd-MMM-").appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
            .appendPattern(" HH:mm:ss").toFormatter(Locale.ENGLISH);
    // some writers leave out the space after the weekday: "Mon,04 May 2026"
    private static final Pattern WEEKDAY_COMMA = Pattern.compile("^(\\p{L}{3,9}),(?=\\d)");
    // "Published: May 4, 2026", "Posted on 4 May 2026", "Veröffentlicht am 4. Mai 2026": a label before a shown date
    private static final Pattern LABEL = Pattern.compile("^(?iu:" + DateLabels.PUBLISHED + ")\\s*:?\\s+");
    private static final Pattern ORDINAL_OR_DOT = Pattern.compile("(?<=\\d)(?:st|nd|rd|th)\\b|(?<=\\p{L})\\.");
    // "Sept. 15, 2016", as AP style abbreviates September: the JDK's English short name is "Sep"
    private static final Pattern SEPT = Pattern.compile("(?i)\\bsept(?=\\s)");

    private WrittenOutDates() {
    }

    static Optional<Instant> of(String shown) {
        String text = LABEL.matcher(shown).replaceFirst("");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        text = withoutClosingComment(Spaces.collapsed(text)).strip();
        int comma = text.indexOf(',');
        if (comma > 0 && comma + 1 < text.length() && Character.isDigit(text.charAt(comma + 1))) {
            text = WEEKDAY_COMMA.matcher(text).replaceFirst("$1, ");
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> email = EmailDates.of(text);
        if (email.isPresent()) {
            return email;
        }
        if (text.length() >= 26 && Character.isLetter(text.charAt(0))) {
            Optional<Instant> java = Dates.zoned(text, JAVA_DATE_ZONE, JAVA_DATE);
            if (java.isPresent()) {
                return java;
            }
        }
        if (text.length() >= 23 && Character.isLetter(text.charAt(0)) && text.indexOf(':') > 0) {
            Optional<Instant> older = Dates.zoned(text, Dates.LAST_WORD, RFC_850);
            older = older.isPresent() ? older : Dates.at(text, ASCTIME, ZoneOffset.UTC);
            if (older.isPresent()) {
                return older;
            }
        }
        String plain = SEPT.matcher(ORDINAL_OR_DOT.matcher(text).replaceAll("")).replaceAll("Sep");
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

    /**
     * RFC 822 lets a comment close a date ("+0000 (UTC)"): the text before a last parenthesis that holds no other,
     * found by index, not by a pattern that would scan a long run of spaces before it again from every space.
     */
    private static String withoutClosingComment(String text) {
        int open = text.lastIndexOf('(');
        return open > 0 && text.endsWith(")") && text.indexOf(')') == text.length() - 1 ? text.substring(0, open)
                : text;
    }
}

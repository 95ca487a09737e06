package dev.newsflow.formats.dates;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Months and weekdays as the languages dates are read in name them ({@link #LOCALES}): the JDK's names, whole,
 * abbreviated and stand-alone ({@code März}, {@code Mär}, {@code mars}, {@code févr.}, {@code Mo.}, {@code lun.}),
 * lower case and without their closing dot. A name two languages give different months is no month.
 */
final class LocalNames {

    /**
     * English, then the languages whose month names a page's or a feed's dates are read in. Polish writes a date's
     * month in the genitive ("5 marca 2024"), which is the JDK's format name; Swedish shares most of its names with
     * the others but not all ("augusti"). Neither makes a name of the others ambiguous.
     */
    static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.ITALIAN,
            Locale.of("nl"), Locale.of("es"), Locale.of("pt"), Locale.of("pl"), Locale.of("sv"));
    private static final List<TextStyle> STYLES = List.of(TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE,
            TextStyle.SHORT_STANDALONE);
    private static final Map<String, Integer> MONTHS = months();
    private static final Set<String> WEEKDAYS = weekdays();

    private LocalNames() {
    }

    /** The month {@code word} names in one of the languages, 1 to 12; 0 for any other word. */
    static int month(String word) {
        return MONTHS.getOrDefault(key(word), 0);
    }

    static boolean isWeekday(String word) {
        return WEEKDAYS.contains(key(word));
    }

    private static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Locale locale : LOCALES) {
            for (TextStyle style : STYLES) {
                for (Month month : Month.values()) {
                    String name = key(month.getDisplayName(style, locale));
                    Integer before = months.putIfAbsent(name, month.getValue());
                    if (before != null && before != month.getValue()) {
                        ambiguous.add(name);
                    }
                }
            }
        }
        months.keySet().removeAll(ambiguous);
        months.keySet().removeIf(name -> name.chars().allMatch(Character::isDigit)); // a stand-alone "3"
        return Map.copyOf(months);
    }

    private static Set<String> weekdays() {
        Set<String> weekdays = new HashSet<>();
        for (Locale locale : LOCALES) {
            for (TextStyle style : STYLES) {
                for (DayOfWeek day : DayOfWeek.values()) {
                    weekdays.add(key(day.getDisplayName(style, locale)));
                }
            }
        }
        weekdays.removeIf(name -> name.length() < 2);
        return Set.copyOf(weekdays);
    }
}

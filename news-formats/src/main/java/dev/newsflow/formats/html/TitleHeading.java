package dev.newsflow.formats.html;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a heading in the article repeats the page's title, Readability's way: it does when the words of the heading
 * that the title lacks make up less than a quarter of the heading's text. Such a heading (the headline over the
 * article, give or take a kicker or the site's name) goes; any other heading, however big, is the article's own
 * (a document whose sections are {@code <h1>}s keeps them).
 */
final class TitleHeading {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}_]+");
    private static final double SIMILAR = 0.75;

    // a letter A to Z, a digit or '_': what reader views split a title's words from
    private static final Pattern ASCII_WORD = Pattern.compile("[A-Za-z0-9_]");

    private final Set<String> titleWords;
    private final boolean asciiWord;

    TitleHeading(String title) {
        titleWords = title == null ? null : new HashSet<>(words(title));
        asciiWord = title != null && ASCII_WORD.matcher(title).find();
    }

    /**
     * Whether reader views can tell the title repeated at all: they compare titles in words of the letters A to Z and
     * digits, so a title written wholly in another script (Cyrillic, Arabic, Chinese …) has none, never matches, and
     * its headline stays in their text.
     */
    boolean readerViewsCanMatch() {
        return asciiWord;
    }

    boolean repeatedBy(String heading) {
        if (titleWords == null) {
            return false;
        }
        List<String> words = words(heading);
        int all = 0;
        int unknown = 0;
        for (String word : words) {
            all += word.length() + 1;
            if (!titleWords.contains(word)) {
                unknown += word.length() + 1;
            }
        }
        return all > 0 && 1 - (double) unknown / all > SIMILAR;
    }

    private static List<String> words(String text) {
        return NOT_WORD.splitAsStream(text.toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).toList();
    }
}

package dev.newsflow.formats.html.metadata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How much of one text's words another holds, measured as Readability measures it to tell which of two candidate
 * titles a page's {@code <title>} repeats: the share of the second text's characters (its words joined by single
 * spaces) that are in words the first text also has.
 */
final class WordOverlap {

    // Readability's threshold: above it, a candidate "matches" the title
    private static final double MOSTLY = 0.75;

    private WordOverlap() {
    }

    /** Whether {@code candidate} holds more than three quarters of {@code title}'s words. */
    static boolean isMostly(String candidate, String title) {
        return share(candidate, title, false) > MOSTLY;
    }

    /**
     * {@link #isMostly} with words of the letters A to Z and digits only, as reader views split them: a title in
     * another script has no words there, so it never matches.
     */
    static boolean isMostlyAsReaderViewsSplit(String candidate, String title) {
        return share(candidate, title, true) > MOSTLY;
    }

    /**
     * 1 - (length of {@code b}'s words that {@code a} lacks) / (length of all of {@code b}'s words); 0 when either has
     * none.
     */
    static double share(String a, String b, boolean ascii) {
        Set<String> inA = new HashSet<>(words(a, ascii));
        List<String> inB = words(b, ascii);
        if (inA.isEmpty() || inB.isEmpty()) {
            return 0;
        }
        int all = -1;
        int missing = -1;
        for (String word : inB) {
            all += word.length() + 1;
            if (!inA.contains(word)) {
                missing += word.length() + 1;
            }
        }
        return 1 - (double) Math.max(missing, 0) / all;
    }

    private static List<String> words(String text, boolean ascii) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (ascii ? c < 128 && (Character.isLetterOrDigit(c) || c == '_') : Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}

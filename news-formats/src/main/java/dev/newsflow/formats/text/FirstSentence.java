package dev.newsflow.formats.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title for text that has none (a page without title or heading, a feed item with only a description): its first
 * sentence, or its first words when that sentence runs long.
 */
public final class FirstSentence {

    // a sentence of 20 characters at least: a full stop before that ends an abbreviation ("U.S.", "St.", "Dr.",
    // "No. 10"), not the sentence
    private static final Pattern SENTENCE = Pattern.compile("\\A(.{20,}?[.!?])(?:\\s|\\z)");
    private static final int MAX_LENGTH = 120;

    private FirstSentence() {
    }

    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String firstLine = text.strip().lines().findFirst().orElse("");
        Matcher sentence = SENTENCE.matcher(firstLine);
        String title = sentence.find() ? sentence.group(1) : firstLine;
        if (title.length() <= MAX_LENGTH) {
            return title;
        }
        int cut = title.lastIndexOf(' ', MAX_LENGTH);
        return (cut > 0 ? title.substring(0, cut) : title.substring(0, MAX_LENGTH)) + "…";
    }
}

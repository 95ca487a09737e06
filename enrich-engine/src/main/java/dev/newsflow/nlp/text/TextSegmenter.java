package dev.newsflow.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits news text into sentences of tokens. Thread-safe and stateless.
 *
 * <p>Rules: a line break ends a sentence unless the next line continues in lower case (headlines and
 * paragraphs are one line each in the layouts we read); {@code . ? !} end a sentence when the next word
 * starts a new one; titles and initials ("Mr.", "J.") never do; other abbreviations ("U.S.", "Inc.")
 * only before a typical sentence opener; a dateline ("TOKYO, March 29 -") is a sentence of its own.
 */
public final class TextSegmenter {

    private static final Set<String> NEVER_FINAL = Set.of(
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Capt.", "Sgt.",
            "Maj.", "Adm.", "Cmdr.", "Rev.", "Fr.", "St.", "Messrs.", "Hon.", "Pres.", "Supt.", "Insp.", "Cpl.",
            "No.", "Nos.", "vs.", "Mt.", "Ft.");

    /** Capitalised words that open sentences; after "U.S." or "Inc." they mean a new sentence began. */
    private static final Set<String> OPENERS = Set.of(
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On", "At", "For",
            "This", "That", "These", "Those", "There", "Its", "His", "Her", "Their", "Our", "However", "Also",
            "Meanwhile", "After", "Before", "When", "While", "If", "As", "Some", "Many", "Most", "Other", "Under",
            "Analysts", "Officials", "Earlier", "Last", "Next", "Now", "So", "Yet", "Still", "Since", "With");

    private final Tokenizer tokenizer = new Tokenizer();

    public List<Sentence> segment(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        List<Sentence> sentences = new ArrayList<>(tokens.size() / 16 + 2);
        int first = 0;
        boolean paragraphStart = true;
        int datelineEnd = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (paragraphStart) {
                datelineEnd = datelineEnd(tokens, i);
                paragraphStart = false;
            }
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            int breaks = next == null ? 2 : newlines(text, tokens.get(i).end(), next.start());
            boolean end = next == null || breaks >= 2 || i == datelineEnd
                    || (breaks == 1 && !Character.isLowerCase(next.text().charAt(0)));
            if (!end && isBoundary(tokens, i)) {
                i = closingRun(tokens, i);
                next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                end = true;
            }
            if (end) {
                sentences.add(new Sentence(tokens.get(first).start(), tokens.get(i).end(), tokens.subList(first, i + 1)));
                first = i + 1;
                paragraphStart = next == null || newlines(text, tokens.get(i).end(), next.start()) > 0;
            }
        }
        return sentences;
    }

    private static boolean isBoundary(List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        if (isTerminal(t)) {
            int close = closingRun(tokens, i);
            return close + 1 >= tokens.size() || startsSentence(tokens.get(close + 1));
        }
        if (t.length() > 1 && t.charAt(t.length() - 1) == '.') {
            if (NEVER_FINAL.contains(t) || (t.length() == 2 && Character.isUpperCase(t.charAt(0)))) {
                return false;
            }
            String next = tokens.get(i + 1).text();
            return OPENERS.contains(next) || next.charAt(0) == '"' || next.charAt(0) == '\u201C';
        }
        return false;
    }

    /** The last closing quote or bracket right after a terminal mark at {@code i}; {@code i} when none. */
    private static int closingRun(List<Token> tokens, int i) {
        if (!isTerminal(tokens.get(i).text())) {
            return i;
        }
        int j = i;
        while (j + 1 < tokens.size() && isCloser(tokens.get(j + 1).text())) {
            j++;
        }
        return j;
    }

    private static boolean isTerminal(String t) {
        char c = t.charAt(0);
        return c == '.' || c == '?' || c == '!';
    }

    private static boolean isCloser(String t) {
        char c = t.charAt(0);
        return t.length() == 1 && (c == '"' || c == '\u201D' || c == '\'' || c == '\u2019' || c == ')' || c == ']');
    }

    private static boolean startsSentence(Token next) {
        char c = next.text().charAt(0);
        return !Character.isLowerCase(c) && c != ',' && c != ';' && c != ':' && c != ')';
    }

    private static int newlines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    /**
     * The index of the dash closing a dateline that opens the paragraph at {@code first}
     * ("LONDON, Feb 26 -", "ABHA, Saudi Arabia, March 16 -", "PARIS (Reuters) -"), or -1.
     */
    private static int datelineEnd(List<Token> tokens, int first) {
        if (!isAllCapsWord(tokens.get(first).text())) {
            return -1;
        }
        int limit = Math.min(tokens.size(), first + 14);
        for (int i = first + 1; i < limit; i++) {
            String t = tokens.get(i).text();
            char c = t.charAt(0);
            if (c == '-' || c == '\u2014' || c == '\u2013') {
                return i > first + 1 || t.length() > 1 ? i : -1;
            }
            if (Character.isLowerCase(c) || c == '.' || c == '"' || c == '\u201C') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAllCapsWord(String t) {
        if (t.length() < 2) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLowerCase(c) || Character.isDigit(c)) {
                return false;
            }
        }
        return Character.isLetter(t.charAt(0));
    }
}

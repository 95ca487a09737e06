package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A team line-up names each player by a surname alone ("Walder; May, Tait, Stephenson; Long, Ward"). The tagger
 * finds the surnames it knows and skips those that are common words ("Long", "Ward", "Wood", "Page") or that no list
 * holds ("Fanolua"). In a list line ({@link SentenceShape#LIST}) that is a line-up, every name item nothing covers is
 * a person too. A line is a line-up when its name items are mostly people already, or when it has at least
 * {@value #MIN_LINE_UP_ITEMS} of them and the marks of one: a team's lines divided by semicolons, a captain's
 * "(capt)", a substitute's "(Hill 61)". An item is what stands between commas, semicolons, colons and brackets,
 * of one to three capitalised words or initials ("L Deacon", "Van Gisbergen"), a minute after it ("Burns 61") left
 * out. What stands before a colon is a label ("Replacements:", "Newcastle:"), never a name; an item with a lower-case
 * word ("capt", "pen") is none. Lists of places or firms have few people in them and are left alone.
 */
final class LineUpNames {

    static final int MIN_ITEMS = 5;
    static final int MIN_LINE_UP_ITEMS = 8;

    /**
     * Adds person mentions to {@code mentions[from..]} (sentence {@code tokens}) for its uncovered names when it is a
     * line-up; {@code list} when its shape is {@link SentenceShape#LIST} (a "(capt)" makes a line-up read as prose).
     *
     * @return the mentions of the line-up's items, whose names are of one kind; empty when it is no line-up
     */
    List<Mention> fill(String text, List<Token> tokens, int sentence, List<Mention> mentions, int from, boolean list) {
        if (!enoughSeparators(tokens)) {
            return List.of(); // most sentences: asked before anything is allocated
        }
        int[] segments = new int[1];
        List<int[]> items = items(tokens, segments);
        if (items.size() < MIN_ITEMS || items.size() * 4 < segments[0] * 3) {
            return List.of();
        }
        int people = 0;
        List<int[]> uncovered = new ArrayList<>();
        for (int[] item : items) {
            Mention m = overlapping(mentions, from, tokens.get(item[0]).start(), tokens.get(item[1] - 1).end());
            if (m == null) {
                uncovered.add(item);
            } else if (m.type() == EntityType.PERSON) {
                people++;
            }
        }
        boolean lineUp = list && people * 2 >= items.size()
                || items.size() >= MIN_LINE_UP_ITEMS && hasLineUpMarks(tokens);
        if (!lineUp) {
            return List.of();
        }
        for (int[] item : uncovered) {
            int start = tokens.get(item[0]).start();
            int end = tokens.get(item[1] - 1).end();
            Mention added = new Mention(text.substring(start, end), start, end, sentence, item[1] - item[0],
                    EntityType.PERSON, Mention.Evidence.NAME, null, null, null, false);
            int at = from;
            while (at < mentions.size() && mentions.get(at).start() < start) {
                at++;
            }
            mentions.add(at, added);
        }
        List<Mention> named = new ArrayList<>();
        for (int[] item : items) {
            Mention m = overlapping(mentions, from, tokens.get(item[0]).start(), tokens.get(item[1] - 1).end());
            if (m != null) {
                named.add(m);
            }
        }
        return named;
    }

    /** The name items' token ranges, {start, end} with end exclusive; {@code segments[0]}: the non-empty pieces. */
    private static List<int[]> items(List<Token> tokens, int[] segments) {
        List<int[]> items = new ArrayList<>();
        int start = 0;
        boolean bracketed = false;
        for (int k = 0; k <= tokens.size(); k++) {
            String word = k < tokens.size() ? tokens.get(k).text() : ".";
            if (isSeparator(word)) {
                int end = k;
                while (end > start && Character.isDigit(tokens.get(end - 1).text().charAt(0))) {
                    end--; // a substitute's or a scorer's minute
                }
                // in brackets only a substitute, named with a minute: a club or a country there is no player
                boolean minute = end < k;
                if (!word.equals(":") && end > start) {
                    segments[0]++;
                    if ((!bracketed || minute) && isNameItem(tokens, start, end)) {
                        items.add(new int[] {start, end});
                    }
                }
                bracketed = word.equals("(") || bracketed && !word.equals(")");
                start = k + 1;
            }
        }
        return items;
    }

    private static boolean enoughSeparators(List<Token> tokens) {
        int separators = 0;
        for (Token token : tokens) {
            if (isSeparator(token.text()) && ++separators >= MIN_ITEMS - 1) {
                return true;
            }
        }
        return false;
    }

    /** Two semicolons, a "(capt)" or a "(Name 61)": how line-ups are written, and lists of towns or firms are not. */
    private static boolean hasLineUpMarks(List<Token> tokens) {
        int semicolons = 0;
        for (int k = 0; k < tokens.size(); k++) {
            String word = tokens.get(k).text();
            if (word.equals(";")) {
                semicolons++;
            }
            if (word.equals("(") && k + 2 < tokens.size() && (tokens.get(k + 1).text().equals("capt")
                    || Character.isUpperCase(tokens.get(k + 1).text().charAt(0))
                    && Character.isDigit(tokens.get(k + 2).text().charAt(0)))) {
                return true;
            }
        }
        return semicolons >= 2;
    }

    private static boolean isSeparator(String word) {
        return word.equals(",") || word.equals(";") || word.equals(":") || word.equals("(") || word.equals(")")
                || word.equals(".");
    }

    private static boolean isNameItem(List<Token> tokens, int start, int end) {
        if (end - start < 1 || end - start > 3) {
            return false;
        }
        for (int k = start; k < end; k++) {
            String word = tokens.get(k).text();
            if (!Character.isUpperCase(word.charAt(0)) || NameShapes.isAllCaps(word) && word.length() > 1) {
                return false;
            }
        }
        return true;
    }

    private static Mention overlapping(List<Mention> mentions, int from, int start, int end) {
        for (int i = from; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start() < end && m.end() > start) {
                return m;
            }
        }
        return null;
    }
}

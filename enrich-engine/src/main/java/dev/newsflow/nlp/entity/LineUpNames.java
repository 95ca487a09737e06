package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A team line-up names each player by a surname alone ("Walder; May, Tait, Stephenson; Long, Ward"). The tagger
 * finds the surnames it knows and skips those that are common words ("Long", "Ward", "Wood", "Page") or that no list
 * holds ("Fanolua"), or reads them as towns ("Thompson", "Mitchell"). Every name item of a line-up is a person. A
 * line is a line-up when its name items are mostly people already (a list line, {@link SentenceShape#LIST}), or when
 * it has {@value #MIN_KNOWN_PLAYERS} or more the tagger read as people and either opens with a line-up's label
 * ("Replacements:", "Subs not used:") or has at least {@value #MIN_LINE_UP_ITEMS} items and the marks of one: a
 * team's lines divided by semicolons, a captain's "(capt)", substitutes' "(Hill 61)". An item is what stands between
 * commas, semicolons, colons and brackets, of one to three capitalised words or initials ("L Deacon", "Van
 * Gisbergen"), a minute after it ("Burns 61") left out. What stands before a colon is a label ("Replacements:",
 * "Newcastle:"), never a name; an item with a lower-case word ("capt", "pen") is none. Lists of places or firms,
 * results tables and lists of stations have few or no people the tagger knows and are left alone.
 */
final class LineUpNames {

    static final int MIN_ITEMS = 5;
    static final int MIN_LINE_UP_ITEMS = 8;
    static final int MIN_KNOWN_PLAYERS = 2;
    /** Labels that open a team's bench or a unit of it in match reports: "Replacements: Peel, Wilson, Shaw ...". */
    private static final Set<String> LINE_UP_LABELS = Set.of("Replacements", "Substitutes", "Subs", "Forwards",
            "Backs");

    /** Where an item stands: a substitute in brackets, a name a bracket follows, or neither. */
    private enum Place { IN_BRACKETS, BEFORE_BRACKET, ALONE }

    /** An item's tokens, {@code start} to {@code end} exclusive. */
    private record Item(int start, int end, Place place) {
    }

    /** A line's name items and how many non-empty pieces its separators divide it into, names or not. */
    private record Items(List<Item> names, int pieces) {
    }

    /**
     * Makes every name item of sentence {@code tokens} a person when the sentence is a line-up: adds the items
     * nothing covers to {@code mentions[from..]} and retypes the item mentions of another type. {@code list} when its
     * shape is {@link SentenceShape#LIST} (a "(capt)" makes a line-up read as prose).
     *
     * @return whether it is a line-up: its types are settled, the team's name before its colon left as it is
     */
    boolean fill(String text, List<Token> tokens, int sentence, List<Mention> mentions, int from, boolean list) {
        if (!enoughSeparators(tokens)) {
            return false; // most sentences: asked before anything is allocated
        }
        Items line = items(tokens);
        List<Item> items = line.names();
        if (items.size() < MIN_ITEMS || items.size() * 4 < line.pieces() * 3) {
            return false;
        }
        int people = 0;
        int outside = 0;
        int beforeBrackets = 0;
        for (Item item : items) {
            outside += item.place() != Place.IN_BRACKETS ? 1 : 0;
            beforeBrackets += item.place() == Place.BEFORE_BRACKET ? 1 : 0;
            Mention m = covering(mentions, from, tokens, item);
            if (m != null && m.type() == EntityType.PERSON) {
                people++;
            }
        }
        // the marks alone would make a results table or a list of stations a line-up: players the tagger knew too
        if (!(list && people * 2 >= items.size() || people >= MIN_KNOWN_PLAYERS
                && (items.size() >= MIN_LINE_UP_ITEMS && hasLineUpMarks(tokens) || opensWithLabel(tokens)))) {
            return false;
        }
        boolean clubTable = beforeBrackets * 2 >= outside;
        for (Item item : items) {
            int start = tokens.get(item.start()).start();
            int end = tokens.get(item.end() - 1).end();
            int at = Mention.firstEndingAfter(mentions, from, start);
            Mention m = at < mentions.size() && mentions.get(at).start() < end ? mentions.get(at) : null;
            if (m == null) {
                int words = item.end() - item.start();
                mentions.add(at, new Mention(text.substring(start, end), start, end, sentence, words,
                        EntityType.PERSON, Mention.Evidence.NAME, null, null, null, false));
            } else if (m.type() != EntityType.PERSON && !(clubTable && item.place() == Place.BEFORE_BRACKET)) {
                // a table of clubs and their scorers ("Derby (Pearson 12), Hull (Windass 10)"): the clubs stay
                mentions.set(at, m.votedTo(EntityType.PERSON));
            }
        }
        return true;
    }

    private static Items items(List<Token> tokens) {
        List<Item> items = new ArrayList<>();
        int pieces = 0;
        int start = 0;
        boolean bracketed = false;
        for (int k = 0; k <= tokens.size(); k++) {
            String word = k < tokens.size() ? tokens.get(k).text() : ".";
            if (isSeparator(word)) {
                int end = k;
                while (end > start && Character.isDigit(tokens.get(end - 1).text().charAt(0))) {
                    end--; // a substitute's or a scorer's minute
                }
                // in brackets only a substitute, named with a minute: a club or a country there is no player; a
                // number before a bracket is a team's score ("Arsenal 2 (Henry 12)")
                boolean minute = end < k;
                if (!word.equals(":") && end > start) {
                    pieces++;
                    if ((bracketed ? minute : !(minute && word.equals("("))) && isNameItem(tokens, start, end)) {
                        items.add(new Item(start, end, bracketed ? Place.IN_BRACKETS
                                : word.equals("(") ? Place.BEFORE_BRACKET : Place.ALONE));
                    }
                }
                bracketed = word.equals("(") || bracketed && !word.equals(")");
                start = k + 1;
            }
        }
        return new Items(items, pieces);
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

    /** Two semicolons, a "(capt)" or two "(Name 61)": how line-ups are written, and lists of towns or firms are not. */
    private static boolean hasLineUpMarks(List<Token> tokens) {
        int semicolons = 0;
        int substitutes = 0;
        for (int k = 0; k < tokens.size(); k++) {
            String word = tokens.get(k).text();
            if (word.equals(";")) {
                semicolons++;
            }
            if (word.equals("(") && k + 2 < tokens.size()) {
                String next = tokens.get(k + 1).text();
                if (next.equals("capt")) {
                    return true;
                }
                if (Character.isUpperCase(next.charAt(0)) && Character.isDigit(tokens.get(k + 2).text().charAt(0))) {
                    substitutes++;
                }
            }
        }
        return semicolons >= 2 || substitutes >= 2;
    }

    /** "Replacements:", "Subs not used:". */
    private static boolean opensWithLabel(List<Token> tokens) {
        if (tokens.size() < 2 || !LINE_UP_LABELS.contains(tokens.getFirst().text())) {
            return false;
        }
        for (int k = 1; k < Math.min(tokens.size(), 4); k++) {
            if (tokens.get(k).text().equals(":")) {
                return true;
            }
        }
        return false;
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

    /** The mention that covers part of {@code item}, the first in text order; null when none does. */
    private static Mention covering(List<Mention> mentions, int from, List<Token> tokens, Item item) {
        int at = Mention.firstEndingAfter(mentions, from, tokens.get(item.start()).start());
        return at < mentions.size() && mentions.get(at).start() < tokens.get(item.end() - 1).end() ? mentions.get(at)
                : null;
    }
}

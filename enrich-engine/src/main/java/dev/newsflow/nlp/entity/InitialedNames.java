package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.geo.Place;
import dev.newsflow.nlp.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Sports line-ups name each player by an initial and a surname: "A Halloran; B Quist, C Denholm (capt), D Fenwick".
 * The tagger reads a lone capital as a compass point or an abbreviation, so it keeps the surname alone, or reads the
 * pair as a place ("S Asia" style), or skips it. The guidelines name a person by the fullest form the article uses,
 * so each "initial surname" item of such a list is a person. Only in a sentence that holds {@value #MIN_ITEMS} or
 * more such items, each standing alone between list separators (a line-up's "(capt)" makes it read as prose, so the
 * sentence's shape is not asked): a lone "S Asia" or "N Korea" is never touched, and neither is a compass point
 * before a country or region in a list of regions ("N America, S America, W Europe").
 */
final class InitialedNames {

    static final int MIN_ITEMS = 3;

    private final KnownNames names;

    InitialedNames(KnownNames names) {
        this.names = names;
    }

    /**
     * Replaces the mentions {@code mentions[from..]} of list sentence {@code tokens}, and the sentence's
     * {@code unconfirmed} ones, over its initialled names.
     */
    void apply(String text, List<Token> tokens, int sentence, List<Mention> mentions, int from,
            List<Mention> unconfirmed) {
        List<int[]> items = null; // token index of the initial, of the last surname word
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (isInitial(tokens.get(k).text()) && (k == 0 || opensItem(tokens.get(k - 1).text()))
                    && NameShapes.isCapitalised(tokens.get(k + 1)) && !isInitial(tokens.get(k + 1).text())) {
                int last = k + 1;
                if (last + 1 < tokens.size() && !closesItem(tokens.get(last + 1).text())) {
                    continue; // more words than a surname: not an item of a line-up
                }
                if (isRegion(tokens.get(k).text(), tokens.get(last).text())) {
                    continue;
                }
                items = items == null ? new ArrayList<>() : items;
                items.add(new int[] {k, last});
            }
        }
        if (items == null || items.size() < MIN_ITEMS) {
            return;
        }
        List<Mention> kept = new ArrayList<>(mentions.subList(from, mentions.size()));
        for (int[] item : items) {
            int start = tokens.get(item[0]).start();
            int end = tokens.get(item[1]).end();
            kept.removeIf(m -> m.start() < end && m.end() > start);
            unconfirmed.removeIf(m -> m.sentence() == sentence && m.start() < end && m.end() > start);
            kept.add(new Mention(text.substring(start, end), start, end, sentence, item[1] - item[0] + 1,
                    EntityType.PERSON, Mention.Evidence.CUE, null, null, null, false));
        }
        kept.sort((x, y) -> Integer.compare(x.start(), y.start()));
        mentions.subList(from, mentions.size()).clear();
        mentions.addAll(kept);
    }

    /**
     * "N America", "W Europe": a compass point before a country or a region. Towns do not count: "S Murray" and
     * "S Taylor" are players whose surnames the gazetteer also holds as towns.
     */
    private boolean isRegion(String initial, String name) {
        if (initial.length() != 1 || "NSEW".indexOf(initial.charAt(0)) < 0) {
            return false;
        }
        Place place = names.place(name);
        return place != null && (place.isCountry() || place.kind() == Place.Kind.REGION);
    }

    /** "S", or hyphenated initials such as "J-P". */
    private static boolean isInitial(String word) {
        if (word.isEmpty() || word.length() % 2 == 0) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (i % 2 == 0 ? !Character.isUpperCase(c) : c != '-') {
                return false;
            }
        }
        return true;
    }

    /** Not "(": a player's country or club stands in parentheses after him, and is "S Africa" as often as not. */
    private static boolean opensItem(String word) {
        return word.equals(",") || word.equals(";") || word.equals(":");
    }

    private static boolean closesItem(String word) {
        return word.equals(",") || word.equals(";") || word.equals(".") || word.equals("(") || word.equals(")");
    }
}

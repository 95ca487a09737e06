package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.geo.Gazetteer;
import dev.newsflow.nlp.geo.Place;
import dev.newsflow.nlp.tagger.WordClusters;
import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Looks token runs up in the lists: the longest known place or organisation name, the longest title at a
 * position. Only words that start a multi-word list entry are tried at more than one length, so a lookup
 * costs one hash probe for most words.
 *
 * <p>What the lists say about a string is folded into one table of flags, built once: a word's single probe
 * tells whether it is a known name, starts a longer one, or is part of a title, where the separate lists
 * (organisations, clubs, 80,000 place names, title words) took a probe each, most of them cache misses.
 */
final class KnownNames {

    private static final int MAX_KNOWN_WORDS = 6;

    // bits 16-23 of the table the tagger's list flags share (ListedWords)
    /** A well-known organisation, sports club or place of exactly this name. */
    private static final int KNOWN = 1 << 16;
    /** Starts a multi-word place name. */
    private static final int STARTS_PLACE = 1 << 17;
    /** Starts a multi-word organisation or club name or title phrase. */
    private static final int STARTS_LONG_NAME = 1 << 18;
    private static final int TITLE_MODIFIER = 1 << 19;
    private static final int TITLE_HEAD = 1 << 20;
    private static final int HONORIFIC = 1 << 21;
    private static final int TITLE_PHRASE = 1 << 22;
    private static final int ORGANIZATION_OR_CLUB = 1 << 23;

    private final EntityLexicon lexicon;
    private final Gazetteer gazetteer;
    private final ListedWords words;

    /** The lists, each listed word's path in {@code clusters} kept beside its flags for the tagger. */
    KnownNames(EntityLexicon lexicon, Gazetteer gazetteer, WordClusters clusters) {
        this(lexicon, gazetteer, new ListedWords(table(lexicon, gazetteer), clusters));
    }

    /** The lists with their table built already ({@link #table}; the engine reads the one the build wrote). */
    KnownNames(EntityLexicon lexicon, Gazetteer gazetteer, ListedWords words) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.words = words;
    }

    /** What the lists say of each word, the rule finder's bits and the tagger's ({@link ListFlags}). */
    static FlagTable table(EntityLexicon lexicon, Gazetteer gazetteer) {
        Set<String> places = gazetteer.names();
        FlagTable.Builder flags = new FlagTable.Builder(200_000); // about the words listed: no growth on the way
        flags.or(places, KNOWN);
        flags.or(lexicon.organizations.keySet(), KNOWN | ORGANIZATION_OR_CLUB);
        flags.or(lexicon.clubs.keySet(), KNOWN | ORGANIZATION_OR_CLUB);
        flags.or(gazetteer.longerNameFirstWords(), STARTS_PLACE);
        flags.or(lexicon.longNameFirstWords, STARTS_LONG_NAME);
        flags.or(lexicon.titleModifiers, TITLE_MODIFIER);
        flags.or(lexicon.titleHeads, TITLE_HEAD);
        flags.or(lexicon.honorifics, HONORIFIC);
        flags.or(lexicon.titlePhrases, TITLE_PHRASE);
        ListFlags.addLists(flags, lexicon, places); // last: it marks the common words among all of them
        return flags.build();
    }

    /** The table this class shares with the tagger's {@link ListFlags}. */
    ListedWords words() {
        return words;
    }

    private int flagsOf(String word) {
        return words.of(word);
    }

    private int flagsAt(List<Token> tokens, int i) {
        return words.at(tokens, i);
    }

    /**
     * The text of tokens {@code [from, to)}. One token's is its own string, whose hash is kept: a new substring of a
     * one-word span cost a hash and a probe of the name table each time it was asked about.
     */
    static String span(String text, List<Token> tokens, int from, int to) {
        return to - from == 1 ? tokens.get(from).text()
                : text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /**
     * Whether token {@code i}'s word carries one of the {@link ListFlags} bits {@code flags}, looked up once per
     * sentence. Every word of a list carries its bit, so a word without it is in none of those lists: the test rules
     * a word out before a probe of the list's own set, a map of strings whose look-ups miss the caches.
     */
    boolean listedAs(List<Token> tokens, int i, int flags) {
        return (flagsAt(tokens, i) & flags) != 0;
    }

    /** Every name the gazetteer knows; read-only. */
    Set<String> placeNames() {
        return gazetteer.names();
    }

    Place place(String name) {
        return gazetteer.find(name);
    }

    /** The province or state of this name in the country ("US", "Florida"), not a town elsewhere of that name. */
    Place admin(String countryCode, String name) {
        return gazetteer.findAdmin(countryCode, name);
    }

    /**
     * {@link #place} of the span of tokens {@code [from, to)}. A one-word span is its token's own text, whose flags
     * the sentence remembers: one that is no known name is no place, without a probe into the gazetteer's map.
     */
    Place placeAt(String text, List<Token> tokens, int from, int to) {
        if (to - from == 1 && (flagsAt(tokens, from) & KNOWN) == 0) {
            return null;
        }
        return place(span(text, tokens, from, to));
    }

    /** A country of exactly this name ("U.S.", "Israel"); not any place: many words of names are also some town's. */
    boolean isCountry(String name) {
        Place place = place(name);
        return place != null && place.isCountry();
    }

    /** A well-known organisation, sports club or place of exactly this name. */
    boolean isKnown(String name) {
        return (flagsOf(name) & KNOWN) != 0;
    }

    /** {@link #isKnown} of the token's text, from the flags its word remembers (no probe for a repeated spelling). */
    boolean isKnown(Token token) {
        return (words.of(token) & KNOWN) != 0;
    }

    /** Length of the longest known place or organisation name starting at {@code p}, 0 if none. */
    int knownLength(String text, List<Token> tokens, int p, int b) {
        Token first = tokens.get(p);
        int firstFlags = flagsAt(tokens, p);
        boolean longer = (firstFlags & (STARTS_LONG_NAME | STARTS_PLACE)) != 0;
        if (longer && b <= p) {
            return 0;
        }
        for (int k = longer ? Math.min(MAX_KNOWN_WORDS, b - p) : 1; k >= 2; k--) {
            if (NameShapes.isCapitalised(tokens.get(p + k - 1)) && isKnown(span(text, tokens, p, p + k))) {
                return k;
            }
        }
        // one word: the token's own text is the span, so its flags are already at hand
        return NameShapes.isCapitalised(first) && (firstFlags & KNOWN) != 0 ? 1 : 0;
    }

    /** Length of a title starting at {@code p} ("Mr", "Prime Minister", "Secretary of State"), 0 if none. */
    int titleLength(String text, List<Token> tokens, int p, int b) {
        int wordFlags = flagsAt(tokens, p);
        for (int k = (wordFlags & STARTS_LONG_NAME) != 0 ? Math.min(4, b - p) : 1; k >= 2; k--) {
            if ((flagsOf(span(text, tokens, p, p + k)) & TITLE_PHRASE) != 0) {
                return k;
            }
        }
        int q = p;
        int qFlags = wordFlags;
        while (q < b && (qFlags & TITLE_MODIFIER) != 0) {
            q++;
            qFlags = q < b ? flagsAt(tokens, q) : 0;
        }
        if (q < b && (qFlags & TITLE_HEAD) != 0) {
            q++;
            while (q < b && (flagsAt(tokens, q) & TITLE_HEAD) != 0) {
                q++;
            }
            return q - p;
        }
        return (wordFlags & HONORIFIC) != 0 ? 1 : 0;
    }

    /** The well-known organisation, or the club whose name is not also a place ("Arsenal", not "Chelsea"). */
    String organization(String name, Place place) {
        if ((flagsOf(name) & ORGANIZATION_OR_CLUB) == 0) {
            return null;
        }
        String organization = lexicon.organizations.get(name);
        return organization == null && place == null ? lexicon.clubs.get(name) : organization;
    }
}

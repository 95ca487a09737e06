package dev.newsflow.enrich.nlp.entity;

import dev.newsflow.enrich.nlp.geo.Gazetteer;
import dev.newsflow.enrich.nlp.geo.Place;
import dev.newsflow.enrich.nlp.text.Token;

import java.util.List;

/**
 * Looks token runs up in the lists: the longest known place or organisation name, the longest title at a
 * position. Only words that start a multi-word list entry are tried at more than one length, so a lookup
 * costs one hash probe for most words.
 */
final class KnownNames {

    private static final int MAX_KNOWN_WORDS = 6;

    private final EntityLexicon lexicon;
    private final Gazetteer gazetteer;

    KnownNames(EntityLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    static String span(String text, List<Token> tokens, int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    Place place(String name) {
        return gazetteer.find(name);
    }

    /** Length of the longest known place or organisation name starting at {@code p}, 0 if none. */
    int knownLength(String text, List<Token> tokens, int p, int b) {
        String first = tokens.get(p).text();
        boolean longer = lexicon.longNameFirstWords.contains(first) || gazetteer.startsLongerName(first);
        for (int k = longer ? Math.min(MAX_KNOWN_WORDS, b - p) : 1; k >= 1; k--) {
            if (!NameShapes.isCapitalised(tokens.get(p + k - 1))) {
                continue;
            }
            String name = span(text, tokens, p, p + k);
            if (lexicon.isKnownOrganization(name) || gazetteer.find(name) != null) {
                return k;
            }
        }
        return 0;
    }

    /** Length of a title starting at {@code p} ("Mr", "Prime Minister", "Secretary of State"), 0 if none. */
    int titleLength(String text, List<Token> tokens, int p, int b) {
        String word = tokens.get(p).text();
        for (int k = lexicon.longNameFirstWords.contains(word) ? Math.min(4, b - p) : 1; k >= 2; k--) {
            if (lexicon.titlePhrases.contains(span(text, tokens, p, p + k))) {
                return k;
            }
        }
        int q = p;
        while (q < b && lexicon.titleModifiers.contains(tokens.get(q).text())) {
            q++;
        }
        if (q < b && lexicon.titleHeads.contains(tokens.get(q).text())) {
            q++;
            while (q < b && lexicon.titleHeads.contains(tokens.get(q).text())) {
                q++;
            }
            return q - p;
        }
        return lexicon.honorifics.contains(word) ? 1 : 0;
    }

    /** The well-known organisation, or the club whose name is not also a place ("Arsenal", not "Chelsea"). */
    String organization(String name, Place place) {
        String organization = lexicon.organizations.get(name);
        return organization == null && place == null ? lexicon.clubs.get(name) : organization;
    }
}

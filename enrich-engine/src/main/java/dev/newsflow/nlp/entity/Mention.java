package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.geo.Place;
import dev.newsflow.nlp.text.Token;
import dev.newsflow.events.EntityType;

import java.util.List;

/**
 * One occurrence of a name in the text, before mentions of the same entity are merged.
 *
 * @param type         null while unknown (resolved against the rest of the article)
 * @param place        the gazetteer place the name denotes, if any
 * @param organization the well-known organisation's first-listed name, if any
 * @param abbreviates  for an acronym introduced in parentheses, the name it stands for
 * @param headline     found in an all-caps or title-case headline or a dateline
 */
record Mention(String text, int start, int end, int sentence, int words, EntityType type, Evidence evidence,
        Place place, String organization, String abbreviates, boolean headline) {

    /** How sure the type is, weakest first; the strongest mention decides an entity's type. */
    enum Evidence {
        GUESS, NAME, TITLE, CUE, KNOWN
    }

    /**
     * The index of the first of {@code tokens} from {@code k} on that does not start before this mention: where the
     * mention starts when it is the sentence's, for walks over a sentence's mentions in text order.
     */
    int firstTokenFrom(List<Token> tokens, int k) {
        return firstTokenAt(tokens, k, start);
    }

    /** The index of the first of {@code tokens} from {@code k} on that does not start before {@code offset}. */
    static int firstTokenAt(List<Token> tokens, int k, int offset) {
        while (k < tokens.size() && tokens.get(k).start() < offset) {
            k++;
        }
        return k;
    }

    Mention withType(EntityType newType, Evidence newEvidence) {
        return new Mention(text, start, end, sentence, words, newType, newEvidence, place, organization, abbreviates,
                headline);
    }
}

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

    /**
     * The index of the first of {@code mentions[from..]}, in text order, that does not end by {@code offset}: the one
     * that covers or follows it, and where a new mention starting there goes.
     */
    static int firstEndingAfter(List<Mention> mentions, int from, int offset) {
        int at = from;
        while (at < mentions.size() && mentions.get(at).end() <= offset) {
            at++;
        }
        return at;
    }

    /** The index of the first of {@code tokens} from {@code k} on that does not start before {@code offset}. */
    static int firstTokenAt(List<Token> tokens, int k, int offset) {
        while (k < tokens.size() && tokens.get(k).start() < offset) {
            k++;
        }
        return k;
    }

    /** The same name over more of the text: a given name or a surname the tagger cut off it. */
    Mention widened(String text, int newStart, int newEnd, int newWords) {
        return new Mention(text.substring(newStart, newEnd), newStart, newEnd, sentence, newWords, type, evidence, null,
                null, abbreviates, headline);
    }

    /**
     * Typed by the names it stands among (its article's, its list's): the place or organisation it named stays only
     * with that type.
     */
    Mention votedTo(EntityType newType) {
        return new Mention(text, start, end, sentence, words, newType, Evidence.NAME,
                newType == EntityType.LOCATION ? place : null, newType == EntityType.ORGANIZATION ? organization : null,
                abbreviates, headline);
    }

    Mention withType(EntityType newType, Evidence newEvidence) {
        return new Mention(text, start, end, sentence, words, newType, newEvidence, place, organization, abbreviates,
                headline);
    }
}

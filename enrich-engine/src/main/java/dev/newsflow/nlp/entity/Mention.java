package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.geo.Place;
import dev.newsflow.events.EntityType;

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

    Mention withType(EntityType newType, Evidence newEvidence) {
        return new Mention(text, start, end, sentence, words, newType, newEvidence, place, organization, abbreviates,
                headline);
    }
}

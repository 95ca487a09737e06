package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;

import java.util.List;

/**
 * A name no list knows after the words for a place's people, office or streets and "of" is a place: "the mayor of
 * Wexcombe", "the city council of Eastbrook", where the tagger guesses a person for a one-word name. Applied to the
 * tagger's output, not to the rule finder's labels, which are the tagger's features: the shipped model stays what
 * training gives. Only a person or an untyped name (an organisation stays one: "the council of IATU"), no acronym,
 * not before a possessive ("the mayor of X's home town" is the town, X anyone), and not a name a given name, a title
 * or the tagger alone typed (they have stronger evidence than a guess).
 */
final class PlaceOfPeople {

    private static final int MOST_WORDS = 3;

    private final EntityLexicon lexicon;

    PlaceOfPeople(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Types the guessed mentions {@code mentions[from..]} of sentence {@code tokens} after such words as places. */
    void retype(List<Token> tokens, List<Mention> mentions, int from) {
        int k = 0;
        for (int i = from; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            k = m.firstTokenFrom(tokens, k);
            int after = k + m.words();
            if ((m.type() != null && m.type() != EntityType.PERSON)
                    || m.evidence() != Mention.Evidence.GUESS || m.place() != null || NameShapes.isAcronym(m.text())
                    || m.organization() != null || m.words() > MOST_WORDS || k < 2 || k >= tokens.size()
                    || tokens.get(k).start() != m.start() || !tokens.get(k - 1).text().equals("of")
                    || !lexicon.placePeople.contains(tokens.get(k - 2).text())
                    || (after < tokens.size() && NameShapes.isPossessive(tokens.get(after).text()))) {
                continue;
            }
            mentions.set(i, m.withType(EntityType.LOCATION, Mention.Evidence.GUESS));
        }
    }
}

package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;

import java.util.List;

/**
 * Some surnames are month names ("Brian May", "Fredric March"). The lists hold months as words that are never
 * entities on their own, and the tagger reads the month: it keeps the given name alone ("Brian") or, where the given
 * name is no cue either, nothing. A listed given name right before a capitalised month that no day number or year
 * follows ("in Paris May 3", "Monday May 2005") is one person's full name: the person mention that is the given
 * name alone is widened over the month, or, where nothing covers the given name, the pair becomes a person. Not
 * inside a longer name: a capitalised word after the month makes it an event's ("the Kamala Harris May Day rally"),
 * a longer person mention ending at the given name is someone else's, and a capitalised word before an untagged
 * given name makes it part of another name ("St Patrick March", "Christmas Eve May"). A given name that is also a
 * place ("Virginia", "Georgia") is left alone: "Georgia March figures" is a place and a month.
 */
final class MonthSurnames {

    private final EntityLexicon lexicon;
    private final KnownNames names;

    MonthSurnames(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** Widens or adds the person mentions {@code mentions[from..]} of sentence {@code tokens}. */
    void widen(String text, List<Token> tokens, int sentence, List<Mention> mentions, int from) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token given = tokens.get(k);
            Token month = tokens.get(k + 1);
            if (!NameShapes.isMonth(month.text()) || !NameShapes.adjacent(given, month) || datedAfter(tokens, k + 2)
                    || capitalisedAfter(tokens, k + 2) || !isGivenName(given.text())) {
                continue;
            }
            int at = Mention.firstEndingAfter(mentions, from, given.start());
            Mention m = at < mentions.size() && mentions.get(at).start() < month.end() ? mentions.get(at) : null;
            if (m == null) {
                if (k == 0 || !NameShapes.isCapitalised(tokens.get(k - 1))) {
                    mentions.add(at, new Mention(text.substring(given.start(), month.end()), given.start(),
                            month.end(), sentence, 2, EntityType.PERSON, Mention.Evidence.NAME, null, null, null,
                            false));
                }
            } else if (m.type() == EntityType.PERSON && m.start() == given.start() && m.end() == given.end()) {
                mentions.set(at, m.widened(text, m.start(), month.end(), 2));
            }
            // else the month is in a mention already, or the given name is in another kind of one or a longer one
        }
    }

    /** "May Day", "March Madness": the month opens an event's name. */
    private static boolean capitalisedAfter(List<Token> tokens, int k) {
        return k < tokens.size() && NameShapes.isCapitalised(tokens.get(k));
    }

    /** "May 3", "May 3rd", "May 2005": a date, not a name. */
    private static boolean datedAfter(List<Token> tokens, int k) {
        return k < tokens.size() && Character.isDigit(tokens.get(k).text().charAt(0));
    }

    private boolean isGivenName(String word) {
        return Character.isUpperCase(word.charAt(0)) && !NameShapes.isAllCaps(word)
                && lexicon.firstNames.contains(word) && !lexicon.nonEntities.contains(word)
                && names.place(word) == null;
    }
}

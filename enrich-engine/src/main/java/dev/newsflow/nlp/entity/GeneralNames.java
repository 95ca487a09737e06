package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;

import java.util.List;

/**
 * "General" is an honorific ("General Harlow"), and it is a word of many bodies' names: "Leeds General Infirmary",
 * "Massachusetts General Hospital", "Ashford General Insurance", "Biotechnology General Corp". The rule finder reads
 * the word after it as a general's name, so the body became a person ("Infirmary", "Corp") and the place before it
 * a place. A name right after "General" that ends in an organisation's word (a suffix or legal form of the lists) is
 * no one's: "General", that name and the capitalised words right before "General" are one organisation; a country
 * before them is its modifier, a mention of its own, as the guidelines read "US State Department".
 */
final class GeneralNames {

    private final EntityLexicon lexicon;
    private final KnownNames names;

    GeneralNames(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** Joins the bodies of sentence {@code tokens} named with "General", in place of their pieces. */
    void join(String text, List<Token> tokens, int sentence, List<Mention> mentions, int from,
            List<Mention> unconfirmed) {
        for (int j = 0; j + 1 < tokens.size(); j++) {
            if (!tokens.get(j).text().equals("General") || !NameShapes.adjacent(tokens.get(j), tokens.get(j + 1))) {
                continue;
            }
            int nameStart = tokens.get(j + 1).start();
            Mention name = startingAt(mentions, from, nameStart);
            if (name == null) {
                name = startingAt(unconfirmed, 0, nameStart);
            }
            if (name == null || !endsInBodyWord(name)) {
                continue;
            }
            int a = j;
            while (a > 0 && NameOpeners.mayOpen(tokens.get(a - 1)) && NameShapes.adjacent(tokens.get(a - 1),
                    tokens.get(a)) && !names.isCountry(tokens.get(a - 1).text())) {
                a--; // "Leeds General Infirmary", but the U.S. of "U.S. General Services Administration" modifies it
            }
            int start = tokens.get(a).start();
            int end = name.end();
            int at = Mention.firstEndingAfter(mentions, from, start);
            while (at < mentions.size() && mentions.get(at).start() < end) {
                mentions.remove(at);
            }
            unconfirmed.removeIf(m -> m.start() < end && start < m.end());
            mentions.add(at, new Mention(text.substring(start, end), start, end, sentence,
                    Mention.firstTokenAt(tokens, j, end) - a, EntityType.ORGANIZATION, Mention.Evidence.CUE, null,
                    null, null, false));
        }
    }

    private boolean endsInBodyWord(Mention m) {
        String last = m.text().substring(m.text().lastIndexOf(' ') + 1);
        return lexicon.orgSuffixes.contains(last) || lexicon.legalForms.contains(last);
    }

    private static Mention startingAt(List<Mention> mentions, int from, int start) {
        for (int i = from; i < mentions.size(); i++) {
            if (mentions.get(i).start() == start) {
                return mentions.get(i);
            }
        }
        return null;
    }
}

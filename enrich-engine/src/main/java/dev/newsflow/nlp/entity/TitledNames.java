package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;

import java.util.List;

/**
 * A name right after an honorific is a person's, whatever else the name is: "President Bush", "Lord Liverpool",
 * "Mr Jordan". The tagger and the place lists read such a name as the place it also names; an honorific ("Mr",
 * "Lord", "President", "Judge": the lists' honorifics) stands only before people. The honorific is not part of the
 * mention (the cleaner sheds it), so it is the token before the mention. Honorifics are also words of
 * organisations' names ("General", "Chief"): one after another capitalised word, or before a name ending in an
 * organisation's word ("... General Medical Corp"), is not a title.
 */
final class TitledNames {

    private final EntityLexicon lexicon;

    TitledNames(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Types the mentions {@code mentions[from..]} of sentence {@code tokens} after an honorific as people. */
    void retype(List<Token> tokens, List<Mention> mentions, int from) {
        int k = 0;
        for (int i = from; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            k = m.firstTokenFrom(tokens, k);
            if (m.type() == EntityType.PERSON || k == 0 || k >= tokens.size() || tokens.get(k).start() != m.start()
                    || !lexicon.honorifics.contains(tokens.get(k - 1).text())
                    || (i > from && mentions.get(i - 1).end() > tokens.get(k - 1).start())
                    || (k >= 2 && NameShapes.isCapitalised(tokens.get(k - 2)) && !NameShapes.opensClause(tokens.get(k - 2)))
                    || lexicon.orgSuffixes.contains(tokens.get(k + m.words() - 1).text())) {
                continue; // "Pemberton General Medical Corp": the honorific's word inside a company's name
            }
            mentions.set(i, new Mention(m.text(), m.start(), m.end(), m.sentence(), m.words(), EntityType.PERSON,
                    Mention.Evidence.TITLE, null, null, m.abbreviates(), m.headline()));
        }
    }
}

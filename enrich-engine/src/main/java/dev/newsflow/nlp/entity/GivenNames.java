package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;

import java.util.List;

/**
 * Gives back a person the given name the tagger cut off. Given names that are also common English words ("Bill",
 * "Ray", "Mark", "Grace") are not in the given-name list, so the tagger reads them as words and starts the name at
 * the surname ("said chief executive Bill Owens" gives "Owens"); unlisted foreign given names ("president Thabo
 * Mbeki") fare the same. Mid-sentence, a capitalised word standing alone between a lower-case word and a person's
 * name is that person's given name, unless it is something the lists know other than a name: a title ("President",
 * "Mr"), a royal style, a place, an organisation or club, a demonym, a political label ("Tory"), a weekday or month.
 * A capitalised word after an article is an office or a body ("the Exchequer Nigel Lawson"). An all-caps word ("MP", "DJ") is a title or an acronym, never a given name.
 */
final class GivenNames {

    private final EntityLexicon lexicon;
    private final KnownNames names;
    private final PersonLabels labels;

    GivenNames(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        this.names = names;
        this.labels = new PersonLabels(lexicon);
    }

    /** Widens the person mentions {@code mentions[from..]}, all of sentence {@code tokens}, over a cut given name. */
    void restore(String text, List<Token> tokens, List<Mention> mentions, int from) {
        int k = 0;
        for (int i = from; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            k = m.firstTokenFrom(tokens, k);
            if (m.type() != EntityType.PERSON || k < 2 || k >= tokens.size() || tokens.get(k).start() != m.start()
                    || (i > from && mentions.get(i - 1).end() > tokens.get(k - 1).start())) {
                continue;
            }
            if (isCutGivenName(tokens, k - 1, k + m.words())) {
                Token given = tokens.get(k - 1);
                mentions.set(i, m.widened(text, given.start(), m.end(), m.words() + 1));
            }
        }
    }

    private boolean isCutGivenName(List<Token> tokens, int g, int q) {
        String word = tokens.get(g).text();
        String before = tokens.get(g - 1).text();
        if (!Character.isLowerCase(before.charAt(0)) || NameShapes.isParticle(tokens.get(g - 1)) || NameShapes.isArticle(before)
                || !Character.isUpperCase(word.charAt(0)) || word.length() < 3 || NameShapes.isAllCaps(word)) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLowerCase(c) && c != '-' && c != '\'') {
                return false;
            }
        }
        return !(lexicon.titleHeads.contains(word) || lexicon.titleModifiers.contains(word)
                || lexicon.honorifics.contains(word) || lexicon.royalStyles.contains(word)
                || lexicon.nonEntityPrefixes.contains(word) // "when Hurricane Delphine struck": a storm, not a person
                || lexicon.nonEntities.contains(word) || lexicon.isDemonym(word) || lexicon.clubs.containsKey(word)
                || lexicon.organizations.containsKey(word) || names.place(word) != null
                || labels.isLabel(tokens, g, Math.min(q, tokens.size())));
    }
}

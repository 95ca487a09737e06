package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;

import java.util.List;

/**
 * A body named by one word that opens "... of ..." names and the name after it: "the Association of Coffee Exporting
 * Nations", "the Federation of Small Businesses", "Bank of Eastmoor said". The tagger often leaves the lone capitalised
 * word out, keeping only the name after "of", which is then a body's subject typed as an entity of its own. Applied to
 * the tagger's output, so the rule finder's labels, which are the tagger's features, stay as the shipped model was
 * trained on. The word must open the sentence or follow a word that is not a name's (a capitalised word before it
 * makes a longer name, the tagger's to cut: "National Association of ..."). The name after "of" is kept as it is when
 * it is a person the tagger or the lists name ("the Office of Tony Blair"), any person after a sentence's first word
 * ("Friends of Quinton said ..."), a listed organisation ("the Board of Unilever") or a saint's church, a place
 * ("the Church of St Barnaby").
 */
final class PrefixedOrganizations {

    private final EntityLexicon lexicon;

    PrefixedOrganizations(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Widens the mentions {@code mentions[from..]} of sentence {@code tokens} to such bodies' names. */
    void widen(String text, List<Token> tokens, List<Mention> mentions, int from) {
        int k = 0;
        for (int i = from; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            k = m.firstTokenFrom(tokens, k);
            if (k >= tokens.size() || tokens.get(k).start() != m.start() || m.evidence() == Mention.Evidence.TITLE
                    || (m.type() == EntityType.PERSON && m.evidence() != Mention.Evidence.GUESS)
                    || m.organization() != null
                    || (m.type() == EntityType.ORGANIZATION && m.evidence() == Mention.Evidence.KNOWN)) {
                continue;
            }
            int of = k >= 2 && tokens.get(k - 1).text().equals("the") ? k - 2 : k - 1;
            int word = of - 1;
            if (word < 0 || !tokens.get(of).text().equals("of") || !lexicon.orgPrefixes.contains(tokens.get(word).text())
                    || (i > from && mentions.get(i - 1).end() > tokens.get(word).start())
                    || SaintNames.SAINT.contains(tokens.get(k).text())) {
                continue;
            }
            boolean opens = opensSentence(tokens, word);
            if ((opens && (m.type() == EntityType.PERSON || m.type() == null))
                    || (!opens && word > 0 && NameShapes.isCapitalised(tokens.get(word - 1)))) {
                continue;
            }
            int start = tokens.get(word).start();
            String joined = text.substring(start, m.end());
            mentions.set(i, new Mention(joined, start, m.end(), m.sentence(), m.words() + k - word,
                    EntityType.ORGANIZATION, Mention.Evidence.CUE, null, null, m.abbreviates(), m.headline()));
        }
    }

    /**
     * The word at {@code word} is the sentence's first, after its opening "The" or a mark such as a quote or a dash:
     * there any noun is capitalised, so "Friends" may be a plain word.
     */
    private static boolean opensSentence(List<Token> tokens, int word) {
        int before = word > 0 && tokens.get(word - 1).text().equals("The") ? word - 1 : word;
        for (int j = 0; j < before; j++) {
            if (Character.isLetterOrDigit(tokens.get(j).text().charAt(0))) {
                return false;
            }
        }
        return true;
    }
}

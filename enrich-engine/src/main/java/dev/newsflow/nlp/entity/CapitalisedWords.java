package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.Token;

import java.util.List;

/**
 * Tells capitalised ordinary words from names: a sentence's first word is capitalised by position only
 * ("Shares fell"), and a capitalised common word after a name starts something else ("U.S. Tariffs").
 */
final class CapitalisedWords {

    private final EntityLexicon lexicon;
    private final KnownNames names;

    CapitalisedWords(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** The clause-initial word of the chunk {@code [a, b)} is an ordinary word, not the start of the name. */
    boolean droppableInitial(String text, List<Token> tokens, int a, int b) {
        String word = tokens.get(a).text();
        if (word.equals("The") || word.equals("A") || word.equals("An")) {
            return names.knownLength(text, tokens, a, b) == 0;
        }
        if (names.knownLength(text, tokens, a, b) > 0 || names.titleLength(text, tokens, a, b) > 0
                || lexicon.royalStyles.contains(word)) {
            return false;
        }
        // the lists' flags of the word, which knownLength has just looked up: no probe into each list
        int listed = names.words().at(tokens, a);
        if (((listed & ListFlags.FIRST_NAME) != 0 && b - a >= 2)
                || (b < tokens.size() && lexicon.organizationFollowers.contains(tokens.get(b).text()))) {
            return false; // "Valve spokesman ..." names the firm
        }
        return ListFlags.isCommonWord(lexicon, listed, word) || lexicon.nonEntities.contains(word)
                || (b - a == 1 && !NameShapes.isAllCaps(word) && lexicon.isKnownWord(word)
                && (listed & ListFlags.PERSON_NAME) == 0);
    }

    /** A capitalised common word after a known name starts something else ("U.S. Tariffs", "UK Delegates"). */
    boolean isPlainWord(String word) {
        return lexicon.isCommonWord(word) && !lexicon.firstNames.contains(word)
                && !lexicon.orgSuffixes.contains(word) && !lexicon.locSuffixes.contains(word);
    }
}

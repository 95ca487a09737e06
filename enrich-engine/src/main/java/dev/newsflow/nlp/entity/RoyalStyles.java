package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.Token;

import java.util.List;

/**
 * A royal's style around a tagged person's name, as the guidelines want it: the style right before the name is part
 * of it ("Queen Elizabeth"), and a known place the style is of ("King Michael of Romania") is a place of its own.
 */
final class RoyalStyles {

    private final EntityLexicon lexicon;
    private final KnownNames names;

    RoyalStyles(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** Where a person's name tagged from token {@code i} starts: at the royal style before it, if any. */
    int start(List<Token> tokens, int i) {
        return i > 0 && lexicon.royalStyles.contains(tokens.get(i - 1).text()) ? i - 1 : i;
    }

    /**
     * The "of" in a royal's name {@code [a, b)} followed by the known place the style is of ("King Michael of
     * Romania"), or -1: the style stays in the name, and the place is a place of its own.
     */
    int placeOf(String text, List<Token> tokens, int a, int b) {
        if (!lexicon.royalStyles.contains(tokens.get(a).text())) {
            return -1;
        }
        for (int k = a + 2; k < b - 1; k++) {
            if (tokens.get(k).text().equals("of") && names.knownLength(text, tokens, k + 1, b) == b - k - 1) {
                return k;
            }
        }
        return -1;
    }
}

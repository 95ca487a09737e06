package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.Token;

import java.util.List;

/**
 * A known dotted abbreviation the tagger joined to the words after it: "U.S. Action", "U.K. Markets" (wire copy
 * capitalises the word after the abbreviation's full stop, and the capitals read as one name) or "U.S. Congress" (the
 * guidelines' "US" and "State Department"). Undotted ones head their own brands ("BBC News").
 */
final class GluedAbbreviations {

    private final EntityLexicon lexicon;
    private final KnownNames names;

    GluedAbbreviations(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /**
     * Where the abbreviation opening the span {@code [a, b)} ends when the rest of the span is one capitalised common
     * word or a known name of its own; {@code b}, the whole span, otherwise.
     */
    int end(String text, List<Token> tokens, int a, int b) {
        String first = tokens.get(a).text();
        if (b - a < 2 || !first.endsWith(".") || !NameShapes.isAllCaps(first) || !names.isKnown(first)) {
            return b;
        }
        boolean commonWord = b - a == 2 && lexicon.isCommonWord(tokens.get(a + 1).text());
        return commonWord || names.isKnown(KnownNames.span(text, tokens, a + 1, b)) ? a + 1 : b;
    }
}

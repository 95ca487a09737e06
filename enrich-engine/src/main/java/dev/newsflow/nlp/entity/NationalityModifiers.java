package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.Token;

import java.util.List;

/**
 * Decides whether a nationality before a name is a modifier ("Brazilian Foreign Ministry" is the Foreign
 * Ministry) or part of the name ("Scottish Labour Party" is a party of its own).
 */
final class NationalityModifiers {

    private final EntityLexicon lexicon;
    private final KnownNames names;

    NationalityModifiers(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** Words (0, 1 or 2) of the demonym starting at {@code p}: "French", "South African". */
    int demonymLength(List<Token> tokens, int p, int b) {
        if (p >= b) {
            return 0;
        }
        if (p + 1 < b && lexicon.demonyms.contains(tokens.get(p).text() + " " + tokens.get(p + 1).text())) {
            return 2;
        }
        return lexicon.isDemonym(tokens.get(p).text()) ? 1 : 0;
    }

    /** A known party after a nationality: its regional branch ("Scottish Labour Party") is an organisation itself. */
    boolean isParty(String text, List<Token> tokens, int p, int b) {
        int known = names.knownLength(text, tokens, p, b);
        return known >= 2 && tokens.get(p + known - 1).text().equals("Party");
    }

    /** "Foreign Ministry", "Congress": a body every state has, so a nationality before it is only a modifier. */
    boolean isStateBody(List<Token> tokens, int p, int q) {
        if (p >= q) {
            return true;
        }
        String last = tokens.get(q - 1).text();
        return lexicon.stateBodies.contains(last) || (q - p == 1 && lexicon.nonEntities.contains(last));
    }
}

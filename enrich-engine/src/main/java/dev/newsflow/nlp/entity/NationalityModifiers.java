package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.Token;

import java.util.List;

/**
 * Decides whether a nationality or a country before a name is a modifier ("Brazilian Foreign Ministry" is the
 * Foreign Ministry, "US State Department" the State Department) or part of the name ("Scottish Labour Party" is a
 * party of its own). The guidelines keep the body's name without the modifier, the full form being an alias, and
 * the body's name is what its id is found by.
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

    /**
     * Where the body a span names starts, past a national modifier: {@code a} when it has none. A modifier is a
     * demonym or a country's name, also possessive ("Britain's"); the body after it is one every state has
     * ("... Ministry", "... Department of Justice"), or, after a state's own demonym or name, a listed
     * organisation ("British Foreign Office"): not after a region's ("Scottish Parliament" is its own). A span
     * the lists know whole ("European Parliament", "US Congress") keeps its modifier.
     */
    int bodyStart(String text, List<Token> tokens, int a, int b) {
        int demonym = demonymLength(tokens, a, b);
        int modifier = demonym > 0 ? demonym : countryLength(text, tokens, a, b);
        int body = a + modifier;
        if (body < b && isPossessive(tokens.get(body).text())) {
            body++;
        }
        if (modifier == 0 || body >= b || names.knownLength(text, tokens, a, b) == b - a) {
            return a;
        }
        if (isStateBody(tokens, body, b) || isStateBodyOf(tokens, body, b)) {
            return body;
        }
        boolean national = demonym == 0 || lexicon.nationalDemonyms.contains(KnownNames.span(text, tokens, a, a + demonym));
        boolean listed = names.knownLength(text, tokens, body, b) == b - body
                && names.organization(KnownNames.span(text, tokens, body, b), null) != null;
        return national && listed ? body : a;
    }

    /** Words of the country named at {@code p} ("US", "United States"), 0 if none. */
    private int countryLength(String text, List<Token> tokens, int p, int b) {
        int known = names.knownLength(text, tokens, p, b);
        if (known == 0 || known == b - p) {
            return 0;
        }
        return names.isCountry(KnownNames.span(text, tokens, p, p + known)) ? known : 0;
    }

    /** "Department of Justice": a state body's word opening the name, before "of". */
    private boolean isStateBodyOf(List<Token> tokens, int p, int q) {
        return q - p >= 3 && lexicon.stateBodies.contains(tokens.get(p).text()) && tokens.get(p + 1).text().equals("of");
    }

    private static boolean isPossessive(String word) {
        return word.equals("'s") || word.equals("\u2019s");
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

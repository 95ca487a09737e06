package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.Token;

import java.util.List;

/**
 * Political and ideological labels a tagger's person span may open with, which the guidelines leave out of the
 * name: "Blairite Alan Milburn", "Tory Alan Milburn", "Labour's Alan Milburn" are Alan Milburn. A label is a class
 * of words, not a list: a possessive (whatever precedes "'s" owns the person), a listed organisation's name, also
 * as an adjective ("Tory", "Republican" of "Republicans"), or a word made of a person's or party's name with -ite or
 * -ist ("Blairite", "Bennite", "Labourite", "Marxist"). Nationalities are not labels here: too many are given names
 * too ("Roman Abramovich"). A label that is also a name ("Tory") is only shed when two words of name stay after it
 * ("Tory Burch" stays).
 */
final class PersonLabels {

    private final EntityLexicon lexicon;

    PersonLabels(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Where the name starts after a possessive owner in {@code [p, q)}: "Labour's Alan Milburn" starts at Alan. */
    static int afterPossessive(List<Token> tokens, int p, int q) {
        int start = p;
        for (int k = p; k < q - 1; k++) {
            String word = tokens.get(k).text();
            if (word.equals("'s") || word.equals("\u2019s")) {
                start = k + 1;
            }
        }
        return start;
    }

    /** Whether token {@code p}, the first of {@code [p, q)}, is a label and not part of the person's name. */
    boolean isLabel(List<Token> tokens, int p, int q) {
        if (q - p < 2) {
            return false;
        }
        String word = tokens.get(p).text();
        if (!isLabelWord(word)) {
            return false;
        }
        return q - p >= 3 || !(lexicon.firstNames.contains(word) || lexicon.personNames.contains(word));
    }

    private boolean isLabelWord(String word) {
        if (lexicon.organizations.containsKey(word) || lexicon.organizations.containsKey(word + "s")) {
            return true;
        }
        if (word.length() > 5 && (word.endsWith("ite") || word.endsWith("ist"))) {
            String stem = word.substring(0, word.length() - 3);
            return isNameStem(stem) || isNameStem(stem + "e");
        }
        return false;
    }

    /** A surname or a listed organisation's name: what a follower's label is made of. */
    private boolean isNameStem(String stem) {
        return lexicon.personNames.contains(stem) || lexicon.organizations.containsKey(stem);
    }
}

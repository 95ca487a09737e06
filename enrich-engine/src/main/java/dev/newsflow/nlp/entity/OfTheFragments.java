package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.Token;

import java.util.List;

/**
 * The end of a longer name cut off after "of the": "The Lord of the Rings" gave the person "Rings", "Eternal Sunshine
 * of the Spotless Mind" the organisation "Spotless Mind", "Star of the Sea" the place "Sea". The whole is mostly a
 * work's title, never an entity, and the tail alone is no name in any case. A mention right after a capitalised word
 * and "of the" goes, unless the lists or the gazetteer know it ("President of the United States", "Department of the
 * Treasury") or it ends in a body's or place's word ("the Rector of the Karlsberg Academy"); unless the word before
 * is a job, a person's name ("Chairman of the ...", "D'Amuro of the FBI"), a plural ("Members of the Kestrel
 * Trust"), a body's first word whose name the joins build ("the Order of the Solar Temple"), or opens the sentence
 * behind marks or "The".
 */
final class OfTheFragments {

    private final EntityLexicon lexicon;

    OfTheFragments(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Drops the mentions of {@code mentions[from..]} of sentence {@code tokens}, and those of its waiting for the
     * article in {@code unconfirmed}, that end a longer name.
     */
    void drop(List<Token> tokens, List<Mention> mentions, int from, List<Mention> unconfirmed) {
        for (int i = mentions.size() - 1; i >= from; i--) {
            Mention before = i > from ? mentions.get(i - 1) : null;
            if (isFragment(tokens, mentions.get(i), before)) {
                mentions.remove(i);
            }
        }
        if (!unconfirmed.isEmpty() && !tokens.isEmpty()) {
            int first = tokens.getFirst().start();
            unconfirmed.removeIf(m -> m.start() >= first && isFragment(tokens, m, null));
        }
    }

    private boolean isFragment(List<Token> tokens, Mention m, Mention before) {
        if (m.evidence() == Mention.Evidence.KNOWN || m.place() != null || m.organization() != null) {
            return false;
        }
        int k = Mention.firstTokenAt(tokens, 0, m.start());
        if (k < 3 || k >= tokens.size() || tokens.get(k).start() != m.start() || !tokens.get(k - 1).text().equals("the")
                || !tokens.get(k - 2).text().equals("of") || endsInBodyWord(m.text())) {
            return false;
        }
        Token head = tokens.get(k - 3);
        String word = head.text();
        return !opensSentence(tokens, k - 3) && NameOpeners.mayOpen(head)
                && NameShapes.adjacent(head, tokens.get(k - 2)) && !word.endsWith("s")
                && !lexicon.titleHeads.contains(word) && !isTitle(word) && !lexicon.orgPrefixes.contains(word)
                && (before == null || before.end() != head.end());
    }

    /** Only marks (a quotation's, a dash, a bullet) and an article come before token {@code p}. */
    private static boolean opensSentence(List<Token> tokens, int p) {
        for (int i = 0; i < p; i++) {
            String word = tokens.get(i).text();
            if (Character.isLetterOrDigit(word.charAt(0)) && !word.equals("The")) {
                return false;
            }
        }
        return true;
    }

    /** A body's or a place's last word ends the tail: "the Karlsberg Academy", "the Ampleforth Abbey" are names. */
    private boolean endsInBodyWord(String name) {
        return lexicon.endsInOrganizationWord(name) || lexicon.locSuffixes.contains(NameShapes.lastWord(name));
    }

    /** A job or honorific, not a royal style or a lord's ("Lord of the Rings", "Queen of the South" are names). */
    private boolean isTitle(String word) {
        return lexicon.honorifics.contains(word) && !word.equals("Lord") && !word.equals("Lady");
    }
}

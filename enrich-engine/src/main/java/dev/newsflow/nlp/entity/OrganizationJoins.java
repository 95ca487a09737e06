package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;

import java.util.List;

/**
 * Long organisation names are cut by the tagger at their inner "of", "for" and "and" ("International Federation" |
 * "of the" | "Red Cross" | "and" | "Red Crescent Societies"; "Economic and Social Commission for Asia" | "and the" |
 * "Pacific"), leaving fragments that are entities of their own. The guidelines keep the maximal span, so the pieces
 * are joined back when the sentence shows they are one name:
 * <ul>
 * <li>an organisation ending in a word that opens "... of/for ..." names ("Federation", "Ministry", "Bank": the
 * lists' organisation prefixes) and the name right after "of" or "for" (with or without "the");
 * <li>such an "X of Y", X an organisation's word, and the name right after "and" when that name is the same kind as
 * Y: two places ("for Asia and the Pacific") or two unlisted subjects ("of Health and Human Services"); after "and
 * the" only a place. A place and a body ("Bank of England and the Treasury"), a listed organisation, a name the lists
 * make a person's, or a name opening with an organisation's word ("and the Ministry of ...") stays apart.
 * </ul>
 */
final class OrganizationJoins {

    private final EntityLexicon lexicon;
    private final KnownNames names;

    OrganizationJoins(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /**
     * Joins the mentions {@code mentions[from..]} of sentence {@code tokens} that are pieces of one name; the piece
     * after "and" may also be one of the sentence's {@code unconfirmed} mentions, which the joined name then takes.
     */
    void join(String text, List<Token> tokens, List<Mention> mentions, int from, List<Mention> unconfirmed) {
        int k = 0;
        for (int i = from; i < mentions.size(); i++) {
            Mention a = mentions.get(i);
            while (k < tokens.size() && tokens.get(k).start() < a.start()) {
                k++;
            }
            if (k >= tokens.size() || tokens.get(k).start() != a.start()
                    || (a.type() != EntityType.ORGANIZATION && a.type() != null)) {
                continue;
            }
            int q = k + a.words(); // the token after a
            int inner = innerWord(tokens, k, q);
            String joiner = q < tokens.size() ? tokens.get(q).text() : "";
            boolean of = inner < 0 && (joiner.equals("of") || joiner.equals("for"))
                    && lexicon.orgPrefixes.contains(tokens.get(q - 1).text());
            boolean and = inner >= 0 && joiner.equals("and")
                    && lexicon.orgPrefixes.contains(tokens.get(inner - 1).text());
            int b = q + 1 < tokens.size() && tokens.get(q + 1).text().equals("the") ? q + 2 : q + 1;
            if ((!of && !and) || b >= tokens.size()) {
                continue;
            }
            boolean listed = i + 1 < mentions.size() && mentions.get(i + 1).start() == tokens.get(b).start();
            int waiting = listed ? -1 : find(unconfirmed, tokens.get(b).start());
            Mention next = listed ? mentions.get(i + 1) : waiting >= 0 ? unconfirmed.get(waiting) : null;
            if (next == null || next.evidence() == Mention.Evidence.TITLE
                    || (next.type() == EntityType.PERSON && next.evidence() != Mention.Evidence.GUESS) // "Vera Drake"
                    || (and && b == q + 2 && next.type() != EntityType.LOCATION) // "... and the UN Programme"
                    || (and && !sameKind(text, tokens, inner + 1, q, next, b))) {
                continue;
            }
            String joined = text.substring(a.start(), next.end());
            mentions.set(i, new Mention(joined, a.start(), next.end(), a.sentence(), b + next.words() - k,
                    EntityType.ORGANIZATION, a.type() == null ? Mention.Evidence.CUE : a.evidence(), null, null,
                    a.abbreviates(), a.headline()));
            if (listed) {
                mentions.remove(i + 1);
            } else {
                unconfirmed.remove(waiting);
            }
            reattach(mentions, i + 1, next.text(), joined);
            i--; // the joined name may take the next piece too
        }
    }

    /** An acronym in parentheses after the last piece ("... and the Pacific (ESCAP)") stands for the joined name. */
    private static void reattach(List<Mention> mentions, int from, String piece, String joined) {
        for (int j = from; j < mentions.size(); j++) {
            Mention m = mentions.get(j);
            if (piece.equals(m.abbreviates())) {
                mentions.set(j, new Mention(m.text(), m.start(), m.end(), m.sentence(), m.words(),
                        EntityType.ORGANIZATION, m.evidence(), null, null, joined, m.headline()));
            }
        }
    }

    /** The unconfirmed mention starting at {@code start}: one of the last, which are this sentence's; -1 if none. */
    static int find(List<Mention> unconfirmed, int start) {
        for (int j = unconfirmed.size() - 1; j >= 0 && unconfirmed.get(j).start() >= start; j--) {
            if (unconfirmed.get(j).start() == start) {
                return j;
            }
        }
        return -1;
    }

    /** The index of the last "of" or "for" inside {@code [k, q)}, or -1. */
    private static int innerWord(List<Token> tokens, int k, int q) {
        for (int j = q - 1; j > k; j--) {
            String word = tokens.get(j).text();
            if (word.equals("of") || word.equals("for")) {
                return j;
            }
        }
        return -1;
    }

    /** The subject {@code [s, q)} after "of"/"for" and the mention after "and" are both places or both neither. */
    private boolean sameKind(String text, List<Token> tokens, int s, int q, Mention next, int b) {
        if (s < q && tokens.get(s).text().equals("the")) {
            s++;
        }
        if (s >= q || lexicon.orgPrefixes.contains(tokens.get(b).text())) {
            return false;
        }
        boolean subjectPlace = names.placeAt(text, tokens, s, q) != null;
        boolean nextPlace = next.type() == EntityType.LOCATION;
        if (!nextPlace && next.evidence() == Mention.Evidence.KNOWN) {
            return false; // a listed body or person of its own
        }
        return subjectPlace == nextPlace;
    }
}

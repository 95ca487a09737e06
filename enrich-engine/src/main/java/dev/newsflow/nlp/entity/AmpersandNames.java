package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;

import java.util.List;

/**
 * A spaced "&" between capitalised names joins one firm's name: "Cable & Wireless", "Procter & Gamble", "Standard &
 * Poor's", "Hallam Hotels & Resorts". The tagger's training text rarely has the sign, so it keeps one half (often as
 * a person: "Moet" of "Moet & Chandon") or nothing. News prose writes "and" between two separate names; "&" stays
 * apart only in a few shapes, which are left alone: two people ("Richard & Judy", "Matt Lucas & David Walliams": the
 * tagger read both halves as persons, and one opens with a given name; two surnames are a firm's or a band's name, as
 * in "Marsh & McLennan" and "McAlmont & Butler"), two places ("Serbia & Montenegro"), the last item of a comma list ("Mind, Body
 * & Soul") and single letters ("R & B").
 */
final class AmpersandNames {

    private final EntityLexicon lexicon;
    private final KnownNames names;

    AmpersandNames(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** Joins the names either side of each "&" of sentence {@code tokens}, among its mentions {@code mentions[from..]}. */
    void join(String text, List<Token> tokens, int sentence, List<Mention> mentions, int from,
            List<Mention> unconfirmed) {
        for (int j = 1; j + 1 < tokens.size(); j++) {
            Token sign = tokens.get(j);
            if (sign.text().length() != 1 || sign.text().charAt(0) != '&') {
                continue;
            }
            Token before = tokens.get(j - 1);
            Token after = tokens.get(j + 1);
            if (before.text().length() < 2 || after.text().length() < 2 || !NameShapes.isCapitalised(before)
                    || !NameShapes.isCapitalised(after) || !NameShapes.adjacent(before, sign)
                    || !NameShapes.adjacent(sign, after) || covered(mentions, from, sign)) {
                continue;
            }
            Mention left = mentionAt(mentions, from, before.end(), false);
            Mention right = mentionAt(mentions, from, after.start(), true);
            int a = left != null ? left.firstTokenFrom(tokens, 0) : runStart(tokens, j - 1);
            int b = right != null ? Mention.firstTokenAt(tokens, j + 1, right.end()) : runEnd(tokens, j + 1);
            if (left != null && right != null && left.type() == EntityType.PERSON && right.type() == EntityType.PERSON
                    && (lexicon.firstNames.contains(tokens.get(a).text())
                    || lexicon.firstNames.contains(after.text()))) {
                continue; // two people
            }
            if ((a > 0 && tokens.get(a - 1).text().equals(","))
                    || (names.placeAt(text, tokens, a, j) != null
                    && names.placeAt(text, tokens, j + 1, b) != null)) {
                continue; // a list's last item, or two places
            }
            replace(text, tokens, a, b, sentence, mentions, from, unconfirmed);
            j = b - 1;
        }
    }

    private void replace(String text, List<Token> tokens, int a, int b, int sentence, List<Mention> mentions, int from,
            List<Mention> unconfirmed) {
        int start = tokens.get(a).start();
        int end = tokens.get(b - 1).end();
        mentions.subList(from, mentions.size()).removeIf(m -> m.start() < end && start < m.end());
        unconfirmed.removeIf(m -> m.start() < end && start < m.end());
        int at = from;
        while (at < mentions.size() && mentions.get(at).start() < start) {
            at++;
        }
        String name = text.substring(start, end);
        String organization = names.organization(name, null);
        mentions.add(at, new Mention(name, start, end, sentence, b - a, EntityType.ORGANIZATION,
                organization != null ? Mention.Evidence.KNOWN : Mention.Evidence.CUE, null, organization, null, false));
    }

    /** One mention already spans the sign ("Marks & Spencer" from the lists). */
    private static boolean covered(List<Mention> mentions, int from, Token sign) {
        for (int i = from; i < mentions.size(); i++) {
            if (mentions.get(i).start() < sign.start() && mentions.get(i).end() > sign.end()) {
                return true;
            }
        }
        return false;
    }

    /** The mention ending ({@code starts} false) or starting at {@code offset}, or null. */
    private static Mention mentionAt(List<Mention> mentions, int from, int offset, boolean starts) {
        for (int i = from; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if ((starts ? m.start() : m.end()) == offset) {
                return m;
            }
        }
        return null;
    }

    /**
     * The first word of the capitalised run ending at {@code k}; a common word that only opens the sentence is not
     * part of it ("Rival Procter & Gamble").
     */
    private int runStart(List<Token> tokens, int k) {
        int a = k;
        while (a > 0 && NameShapes.isCapitalised(tokens.get(a - 1))
                && NameShapes.adjacent(tokens.get(a - 1), tokens.get(a))) {
            a--;
        }
        return a == 0 && a < k && lexicon.isCommonWord(tokens.get(0).text()) ? 1 : a;
    }

    private static int runEnd(List<Token> tokens, int k) {
        int b = k + 1;
        while (b < tokens.size() && NameShapes.isCapitalised(tokens.get(b))
                && NameShapes.adjacent(tokens.get(b - 1), tokens.get(b))) {
            b++;
        }
        return b;
    }
}

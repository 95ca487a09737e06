package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;

import java.util.List;

/**
 * The tagger starts a firm's name late when its first word is a common word: "Control Data Corp" gave "Data Corp",
 * "Security Pacific Corp" "Pacific Corp", "Hard Rock Cafe" "Rock Cafe". An organisation mention ending in a legal
 * form or an organisation's word takes the capitalised word right before it, inside the sentence and not opening a
 * quotation or a bullet's line (there it is any word), when that word has no mention of its own and is no
 * title, nationality, country (nor a country's last word: "Ivory Coast Agriculture Ministry"), day, month, acronym or
 * number ("3bn Trident Funds"), each a name, a modifier or a figure apart.
 */
final class CutNameStarts {

    private final EntityLexicon lexicon;
    private final KnownNames names;

    CutNameStarts(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** Widens the organisation mentions of {@code mentions[from..]} of sentence {@code tokens} over cut first words. */
    void widen(String text, List<Token> tokens, List<Mention> mentions, int from) {
        int k = 0;
        for (int i = from; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            k = m.firstTokenFrom(tokens, k);
            if (m.type() != EntityType.ORGANIZATION || k < 2 || k >= tokens.size()
                    || tokens.get(k).start() != m.start() || m.words() < 2
                    || !lexicon.endsInOrganizationWord(m.text())) {
                continue;
            }
            int floor = i > from ? mentions.get(i - 1).end() : 0; // the mention before keeps its words
            int first = k;
            while (first >= 2 && tokens.get(first - 1).start() >= floor && takes(text, tokens, first - 1)) {
                first--; // "Hard Rock Cafe Inc": every cut word
            }
            if (first < k) {
                mentions.set(i, m.widened(text, tokens.get(first).start(), m.end(), m.words() + k - first));
            }
        }
    }

    /** The capitalised word at {@code p} is a cut first word of the name after it. */
    private boolean takes(String text, List<Token> tokens, int p) {
        Token before = tokens.get(p);
        String word = before.text();
        return NameOpeners.mayOpen(before) && Character.isUpperCase(word.charAt(0))
                && !opensQuotation(tokens, p)
                && NameShapes.adjacent(before, tokens.get(p + 1)) && names.placeAt(text, tokens, p - 1, p + 1) == null
                && !NameShapes.isAllCaps(word) && !NameShapes.isMonthOrDay(word)
                && !lexicon.titleHeads.contains(word) && !lexicon.honorifics.contains(word)
                && !lexicon.titleModifiers.contains(word) && !lexicon.demonyms.contains(word)
                && !names.isKnown(before) && !names.isCountry(word);
    }

    /**
     * The word at {@code p} opens a quotation or a bullet's line ("\"Now Harcastle Mining Corp must ...\"", "- Without
     * ..."), where a capitalised word is any word; a dateline's dash ("CHICAGO, March 3 - Waste Management Inc") and a
     * possessive ("Moody's Investors Service Inc") are no such opening.
     */
    private static boolean opensQuotation(List<Token> tokens, int p) {
        String mark = tokens.get(p - 1).text();
        return mark.equals("\"") || mark.equals("\u201c") || mark.equals("'") || mark.equals("\u2018")
                || mark.equals("\u2022") || mark.equals("*") || (p == 1 && NameShapes.isDash(mark));
    }
}

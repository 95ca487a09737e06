package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;

import java.util.List;

/**
 * "General" is an honorific ("General Harlow"), and it is a word of many bodies' names: "Leeds General Infirmary",
 * "Massachusetts General Hospital", "Ashford General Insurance", "Biotechnology General Corp". The rule finder reads
 * the word after it as a general's name, so the body became a person ("Infirmary", "Corp") and the place before it
 * a place. A name right after "General" that ends in an organisation's word (a suffix or legal form of the lists) is
 * no one's: "General", that name and the capitalised words right before "General" are one organisation; a country
 * or an acronym before them is its modifier, a mention of its own, as the guidelines read "US State Department".
 * Not after a title ("Director General Rangers" is a post), nor for a general with a given name ("General David
 * Power") or one named by a body's word alone with nothing before "General" ("General Power said"; "General Corp",
 * a legal form, and "General Partners", a plural, are firms).
 */
final class GeneralNames {

    private final EntityLexicon lexicon;
    private final KnownNames names;

    GeneralNames(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** Joins the bodies of sentence {@code tokens} named with "General", in place of their pieces. */
    void join(String text, List<Token> tokens, int sentence, List<Mention> mentions, int from,
            List<Mention> unconfirmed) {
        for (int j = 0; j + 1 < tokens.size(); j++) {
            if (!tokens.get(j).text().equals("General") || !NameShapes.adjacent(tokens.get(j), tokens.get(j + 1))) {
                continue;
            }
            int nameStart = tokens.get(j + 1).start();
            Mention name = startingAt(mentions, from, nameStart);
            if (name == null) {
                name = startingAt(unconfirmed, 0, nameStart);
            }
            if (name == null || !lexicon.endsInOrganizationWord(name.text())
                    || (j > 0 && isTitle(tokens.get(j - 1).text()))
                    || lexicon.firstNames.contains(firstWord(name))) {
                continue; // "Director General Rangers" is a post; "General David Power" a general
            }
            int a = j;
            while (a > 0 && joinsBefore(tokens, a - 1, mentions, from)) {
                a--; // "Leeds General Infirmary"
            }
            if (a == j && name.words() == 1 && !lexicon.legalForms.contains(name.text()) && !name.text().endsWith("s")
                    && (j == 0 || !NameShapes.isCapitalised(tokens.get(j - 1)))) {
                continue; // "General Power said" is a general; "General Corp", "General Partners" are firms
            }
            int start = tokens.get(a).start();
            int end = name.end();
            int at = Mention.firstEndingAfter(mentions, from, start);
            while (at < mentions.size() && mentions.get(at).start() < end) {
                mentions.remove(at);
            }
            unconfirmed.removeIf(m -> m.start() < end && start < m.end());
            mentions.add(at, new Mention(text.substring(start, end), start, end, sentence,
                    Mention.firstTokenAt(tokens, j, end) - a, EntityType.ORGANIZATION, Mention.Evidence.CUE, null,
                    null, null, false));
        }
    }

    /**
     * The word at {@code p} belongs to the body's name before "General": a capitalised word that may open a name, not
     * a modifier with a mention of its own (a country, "U.S. General Services Administration", or an acronym, "the
     * WTO General Council"), nor a day, a month, or a common word opening the sentence ("Yesterday Leeds General ...").
     */
    private boolean joinsBefore(List<Token> tokens, int p, List<Mention> mentions, int from) {
        Token token = tokens.get(p);
        String word = token.text();
        if (!NameOpeners.mayOpen(token) || !NameShapes.adjacent(token, tokens.get(p + 1)) || names.isCountry(word)
                || NameShapes.isAllCaps(word) || NameShapes.isMonthOrDay(word)
                || (p == 0 && lexicon.isCommonWord(word.toLowerCase(java.util.Locale.ROOT)))) {
            return false;
        }
        for (int i = from; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.end() == token.end() && m.place() != null && m.place().isCountry()) {
                return false; // "United States General Accounting Office"
            }
        }
        return true;
    }

    private boolean isTitle(String word) {
        return lexicon.titleHeads.contains(word) || lexicon.honorifics.contains(word);
    }

    private static String firstWord(Mention m) {
        int space = m.text().indexOf(' ');
        return space < 0 ? m.text() : m.text().substring(0, space);
    }

    private static Mention startingAt(List<Mention> mentions, int from, int start) {
        for (int i = from; i < mentions.size(); i++) {
            if (mentions.get(i).start() == start) {
                return mentions.get(i);
            }
        }
        return null;
    }
}

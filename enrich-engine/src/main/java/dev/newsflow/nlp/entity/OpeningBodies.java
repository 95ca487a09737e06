package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Set;

/**
 * A state body named by its portfolio opens many sentences ("Finance Ministry officials said ...", "Environment Agency
 * staff ..."). Mid-sentence the tagger reads such names well; as a sentence's first words, where every word is
 * capitalised, it passes over them or keeps the head alone for a person ("Ministry"), as its training text rarely
 * opens a sentence so. Two to four capitalised words ending in a body's head, before a lower-case word, are one
 * organisation, unless a nationality opens them (the rule finder's part: "Brazilian Foreign Ministry" is the Foreign
 * Ministry) or a mention already holds the whole name.
 */
final class OpeningBodies {

    /** The heads of a public body's name that a portfolio word comes before. */
    private static final Set<String> HEADS = Set.of("Ministry", "Department", "Agency", "Commission", "Authority",
            "Bureau", "Committee", "Council");
    private static final int MAX_WORDS = 4;

    private final EntityLexicon lexicon;

    OpeningBodies(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Adds the body that opens sentence {@code tokens}, in place of the tagger's pieces of it. */
    void find(String text, List<Token> tokens, int sentence, List<Mention> mentions, int from,
            List<Mention> unconfirmed) {
        int a = 0;
        while (a < tokens.size() && isOpeningMark(tokens.get(a).text())) {
            a++; // a quotation's mark or a list's dash
        }
        if (a >= tokens.size() || !NameOpeners.mayOpen(tokens.get(a))
                || lexicon.demonyms.contains(tokens.get(a).text())) {
            return;
        }
        int b = a + 1;
        while (b < tokens.size() && b - a < MAX_WORDS && NameShapes.isCapitalised(tokens.get(b))
                && NameShapes.adjacent(tokens.get(b - 1), tokens.get(b))) {
            b++;
        }
        if (b - a < 2 || !HEADS.contains(tokens.get(b - 1).text()) || b >= tokens.size()
                || !Character.isLowerCase(tokens.get(b).text().charAt(0)) || tokens.get(b).text().equals("of")) {
            return;
        }
        int start = tokens.get(a).start();
        int end = tokens.get(b - 1).end();
        int at = Mention.firstEndingAfter(mentions, from, start);
        for (int i = at; i < mentions.size() && mentions.get(i).start() < end; i++) {
            Mention m = mentions.get(i);
            if (m.start() <= start && m.end() >= end) {
                if (m.start() == start && m.end() == end && m.type() != EntityType.ORGANIZATION) {
                    mentions.set(i, m.withType(EntityType.ORGANIZATION, Mention.Evidence.CUE));
                }
                return; // the tagger has the whole name
            }
        }
        while (at < mentions.size() && mentions.get(at).start() < end) {
            mentions.remove(at); // "Ministry" for a person
        }
        unconfirmed.removeIf(m -> m.start() < end && start < m.end());
        mentions.add(at, new Mention(text.substring(start, end), start, end, sentence, b - a,
                EntityType.ORGANIZATION, Mention.Evidence.CUE, null, null, null, false));
    }

    private static boolean isOpeningMark(String word) {
        return word.equals("\"") || word.equals("\u201c") || word.equals("'") || word.equals("\u2018")
                || NameShapes.isDash(word);
    }
}

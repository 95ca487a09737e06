package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Set;

/**
 * A body whose name opens with a nationality ("the Scottish Executive", "the European Council", "the Iranian Army",
 * "the Muslim Council of Britain"): the tagger, whose training text labels such a first word apart from the name,
 * passes over the whole. After "the", a nationality and one to three capitalised words ending in an organisation's
 * word of the lists (or "Executive", the devolved governments' name) are one organisation, when nothing has a name
 * there yet. Not a government's generic words ("the Dutch Government", "the German Embassy"), which name no one body
 * of their own, nor an event's ("the Australian Open").
 */
final class NationalBodies {

    private static final Set<String> GENERIC = Set.of("Government", "Governments", "Cabinet", "Embassy", "Consulate");
    private static final int MAX_WORDS = 3;
    /**
     * Words after the run that show a longer name ("the European Council on Foreign Relations", "the European Capital
     * of Culture", left to the tagger and the joins) or a person ("the American Executive who ...").
     */
    private static final Set<String> NOT_AFTER = Set.of("of", "on", "for", "who", "whose");

    private final EntityLexicon lexicon;

    NationalBodies(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Adds the bodies of sentence {@code tokens} that open with a nationality after "the". */
    void find(String text, List<Token> tokens, int sentence, List<Mention> mentions, int from,
            List<Mention> unconfirmed) {
        for (int k = 1; k + 1 < tokens.size(); k++) {
            if (!NameShapes.isCapitalised(tokens.get(k))) {
                continue; // most words: no look-up
            }
            String article = tokens.get(k - 1).text();
            if (!(article.equals("the") || article.equals("The")) || !lexicon.demonyms.contains(tokens.get(k).text())) {
                continue;
            }
            int b = k + 1;
            while (b < tokens.size() && b - k - 1 < MAX_WORDS && NameShapes.isCapitalised(tokens.get(b))
                    && NameShapes.adjacent(tokens.get(b - 1), tokens.get(b))) {
                b++;
            }
            String last = tokens.get(b - 1).text();
            if (b == k + 1 || (b < tokens.size() && (NameShapes.isCapitalised(tokens.get(b))
                    || NOT_AFTER.contains(tokens.get(b).text())))
                    || !(lexicon.orgSuffixes.contains(last) || last.equals("Executive")) || GENERIC.contains(last)
                    || lexicon.nonEntitySuffixes.contains(last)) {
                continue;
            }
            int start = tokens.get(k).start();
            int end = tokens.get(b - 1).end();
            int at = Mention.firstEndingAfter(mentions, from, start);
            if (at < mentions.size() && mentions.get(at).start() < end) {
                continue; // a name the tagger or the lists found there keeps its span ("Red Cross", "Foreign Ministry")
            }
            if (unconfirmed.stream().anyMatch(m -> m.start() < end && start < m.end()
                    && (m.start() < start || m.end() > end))) {
                continue; // a longer name waits for the article ("Association of Tour Operators")
            }
            unconfirmed.removeIf(m -> m.start() < end && start < m.end());
            mentions.add(at, new Mention(text.substring(start, end), start, end, sentence, b - k,
                    EntityType.ORGANIZATION, Mention.Evidence.CUE, null, null, null, false));
            k = b;
        }
    }
}

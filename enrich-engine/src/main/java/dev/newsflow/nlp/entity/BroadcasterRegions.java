package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Set;

/**
 * A public broadcaster names its nations' and regions' services by the place: "BBC Northern Ireland", "ITV Wales",
 * "BBC Radio Sheffield". The tagger reads the broadcaster and the place as two names; the guidelines make the service
 * one organisation (a broadcaster), which does not yield the place. A post, office or title after the place is the
 * broadcaster's in that place ("the BBC Moscow correspondent", "the BBC Paris office", "BBC Middle East editor"), and
 * a verb after "the BBC" and a place starts a clause whose subject is the place ("told the BBC Iraq had"): this
 * repair leaves those as the tagger read them.
 */
final class BroadcasterRegions {

    /** Broadcasters' words that a region's name follows. */
    private static final Set<String> BROADCASTERS = Set.of("BBC", "ITV", "Radio");
    /** Words after the place that make it where the broadcaster's people or office are (and titles' heads). */
    private static final Set<String> POSTS = Set.of("correspondent", "correspondents", "bureau", "bureaux", "office",
            "offices", "desk", "team", "staff", "reporter", "reporters", "editor", "editors");
    /** Verbs that open a clause whose subject is the place: "told the BBC Iraq had ...". */
    private static final Set<String> VERBS = Set.of("is", "was", "are", "were", "has", "had", "have", "would",
            "will", "could", "should", "can", "may", "might", "must", "said", "says", "did", "does");

    private final EntityLexicon lexicon;

    BroadcasterRegions(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Joins the broadcaster's words before each place among the mentions {@code mentions[from..]} of sentence {@code tokens}. */
    void join(String text, List<Token> tokens, int sentence, List<Mention> mentions, int from,
            List<Mention> unconfirmed) {
        int k = 0;
        for (int i = from; i < mentions.size(); i++) {
            Mention place = mentions.get(i);
            k = place.firstTokenFrom(tokens, k);
            if (place.type() != EntityType.LOCATION || k == 0 || k >= tokens.size()
                    || tokens.get(k).start() != place.start()) {
                continue;
            }
            int a = k;
            while (a > 0 && BROADCASTERS.contains(tokens.get(a - 1).text())
                    && NameShapes.adjacent(tokens.get(a - 1), tokens.get(a))) {
                a--;
            }
            int b = k + place.words();
            if (a == k || (b < tokens.size() && isTheBroadcastersInThePlace(tokens, a, tokens.get(b).text()))) {
                continue;
            }
            int start = tokens.get(a).start();
            int first = i;
            while (first > from && mentions.get(first - 1).end() > start) {
                first--; // "BBC" (and "Radio") the tagger named apart
                start = Math.min(start, mentions.get(first).start());
            }
            mentions.subList(first, i + 1).clear();
            int joined = start;
            int to = place.end();
            unconfirmed.removeIf(m -> m.start() < to && joined < m.end()); // else confirmed again after the join
            mentions.add(first, new Mention(text.substring(start, place.end()), start, place.end(), sentence,
                    b - Mention.firstTokenAt(tokens, 0, start), EntityType.ORGANIZATION, Mention.Evidence.CUE, null, null,
                    null, false));
            i = first;
            k = b;
        }
    }

    /** The word {@code next} after the place makes it where the broadcaster (token {@code a}) works, or a subject. */
    private boolean isTheBroadcastersInThePlace(List<Token> tokens, int a, String next) {
        return POSTS.contains(next) || lexicon.lowerCaseTitles.contains(next)
                || (VERBS.contains(next) && a > 0 && tokens.get(a - 1).text().equalsIgnoreCase("the"));
    }
}

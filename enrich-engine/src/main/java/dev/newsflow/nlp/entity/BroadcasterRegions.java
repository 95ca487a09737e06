package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.geo.Place;
import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Set;

/**
 * A public broadcaster names its nations' and regions' services by the place: "BBC Northern Ireland", "ITV Wales",
 * "BBC Radio Sheffield". The tagger reads the broadcaster and the place as two names; the guidelines make the service
 * one organisation (a broadcaster), which does not yield the place. A post, office or title after the place is the
 * broadcaster's in that place ("the BBC Moscow correspondent", "the BBC Paris office", "BBC Middle East editor"), and
 * a verb after "the BBC" and a place starts a clause whose subject is the place ("told the BBC Iraq had"): this
 * repair does not join those, and splits one the tagger read whole ("BBC Middle East" before "editor").
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
    private final KnownNames names;

    BroadcasterRegions(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** Joins the broadcaster's words before each place among the mentions {@code mentions[from..]} of sentence {@code tokens}. */
    void join(String text, List<Token> tokens, int sentence, List<Mention> mentions, int from,
            List<Mention> unconfirmed) {
        int k = 0;
        for (int i = from; i < mentions.size(); i++) {
            Mention place = mentions.get(i);
            k = place.firstTokenFrom(tokens, k);
            if (place.type() == EntityType.ORGANIZATION && splitsOffice(text, tokens, sentence, mentions, i, k)) {
                i++; // past the place
                continue;
            }
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

    /**
     * Splits mention {@code i} (at token {@code k}) when the tagger read a broadcaster and the place of its office as
     * one organisation ("the BBC Middle East editor"): the broadcaster stays an organisation, the place is a place.
     */
    private boolean splitsOffice(String text, List<Token> tokens, int sentence, List<Mention> mentions, int i, int k) {
        Mention m = mentions.get(i);
        int b = k + m.words();
        if (k >= tokens.size() || tokens.get(k).start() != m.start() || b >= tokens.size()
                || tokens.get(b - 1).end() != m.end()) {
            return false;
        }
        int a = k;
        while (a < b - 1 && BROADCASTERS.contains(tokens.get(a).text())) {
            a++;
        }
        // "BBC Radio Leeds correspondent": a radio station named by its place is one service, and "Radio" alone names
        // no organisation, so only a broadcaster's own name ("BBC", "ITV") splits off its office's place
        if (a == k || tokens.get(a - 1).text().equals("Radio")
                || !isTheBroadcastersInThePlace(tokens, k, tokens.get(b).text())) {
            return false;
        }
        Place place = names.placeAt(text, tokens, a, b);
        if (place == null) {
            return false;
        }
        int end = tokens.get(a - 1).end();
        String broadcaster = text.substring(m.start(), end);
        mentions.set(i, new Mention(broadcaster, m.start(), end, sentence, a - k, EntityType.ORGANIZATION,
                m.evidence(), null, names.organization(broadcaster, null), null, m.headline()));
        int start = tokens.get(a).start();
        mentions.add(i + 1, new Mention(text.substring(start, m.end()), start, m.end(), sentence, b - a,
                EntityType.LOCATION, Mention.Evidence.KNOWN, place, null, null, m.headline()));
        return true;
    }

    /** The word {@code next} after the place makes it where the broadcaster (token {@code a}) works, or a subject. */
    private boolean isTheBroadcastersInThePlace(List<Token> tokens, int a, String next) {
        return POSTS.contains(next) || lexicon.lowerCaseTitles.contains(next)
                || (VERBS.contains(next) && a > 0 && tokens.get(a - 1).text().equalsIgnoreCase("the"));
    }
}

package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Set;

/**
 * "St" opens the names of places: churches, palaces, parks, grounds, hospitals and towns ("St Kilda's Palace",
 * "St Barnaby's Park", "St Anne's"). The tagger reads the abbreviation as a title before a person's name, or as the
 * end of a sentence, and keeps only the saint's name ("Barnaby", "Kilda's Palace"), which then becomes a person or
 * a stray place; or it keeps "St" but stops before the possessive ("St Barnaby"). The name is widened over "St" and
 * over a possessive ("'s", or an apostrophe alone after a name ending in s: "St James' Park") and a place word right
 * after it ("'s Park"), and a saint's name read as a person is a place (the guidelines: named facilities, landmarks
 * and venues are places); an organisation such as a club ("St Mirren") keeps its type. A rule's name the tagger
 * found nothing over ("St Ebbs" before "' Common") is widened over an apostrophe and a place word the same way, where
 * no mention of the tagger's stands in the way.
 */
final class SaintNames {

    static final Set<String> SAINT = Set.of("St", "St.", "Saint");
    private static final Set<String> QUOTES = Set.of("'", "\u2018", "\u2019");

    private final EntityLexicon lexicon;

    SaintNames(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Widens the mentions {@code mentions[from..]} of sentence {@code tokens} right after "St". */
    void widen(String text, List<Token> tokens, List<Mention> mentions, int from) {
        widen(text, tokens, mentions, from, List.of());
    }

    /**
     * Widens the sentence's {@code unconfirmed[from..]} mentions (rule names the tagger found nothing over) the same
     * way, where no mention of the tagger's, {@code found}, stands in the widened span.
     */
    void widenWaiting(String text, List<Token> tokens, List<Mention> unconfirmed, int from, List<Mention> found) {
        widen(text, tokens, unconfirmed, from, found);
    }

    private void widen(String text, List<Token> tokens, List<Mention> mentions, int from, List<Mention> found) {
        int k = 0;
        for (int i = from; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            k = m.firstTokenFrom(tokens, k);
            int saint = k >= tokens.size() || tokens.get(k).start() != m.start()
                    ? -1 : saintBefore(tokens, mentions, from, i, k);
            if (saint < 0) {
                continue;
            }
            int q = k + m.words(); // past the mention
            int end = m.end();
            int words = m.words() + k - saint;
            if (q + 1 < tokens.size() && isPossessive(tokens, saint, q, m) && tokens.get(q).start() == end
                    && lexicon.locSuffixes.contains(tokens.get(q + 1).text())
                    && tokens.get(q + 1).start() == tokens.get(q).end() + 1
                    && (i + 1 >= mentions.size() || mentions.get(i + 1).start() >= tokens.get(q + 1).end())) {
                end = tokens.get(q + 1).end(); // "St Barnaby" + "'s Park", "St James" + "' Park"
                words += 2;
            } else if (saint == k) {
                continue; // "Saint Petersburg", "St Mirren": the span is whole, and keeps its place or club
            }
            int start = tokens.get(saint).start();
            if (overlaps(found, start, end)) {
                continue;
            }
            boolean place = m.type() == null || m.type() == EntityType.PERSON;
            mentions.set(i, new Mention(text.substring(start, end), start, end, m.sentence(), words,
                    place ? EntityType.LOCATION : m.type(), place ? Mention.Evidence.CUE : m.evidence(), null,
                    null, m.abbreviates(), m.headline()));
        }
    }

    /**
     * "'s" after the saint's name, or an apostrophe alone after a name ending in s ("St James' Park"), unless a single
     * quote opens right before the "St": then it closes that quote ("'St Aldous' Park staff said").
     */
    private static boolean isPossessive(List<Token> tokens, int saint, int q, Mention m) {
        String mark = tokens.get(q).text();
        if (!NameShapes.isPossessive(mark)) {
            return false;
        }
        if (mark.endsWith("s")) {
            return true; // "'s"
        }
        boolean quoted = saint > 0 && QUOTES.contains(tokens.get(saint - 1).text());
        return !quoted && Character.toLowerCase(m.text().charAt(m.text().length() - 1)) == 's';
    }

    private static boolean overlaps(List<Mention> found, int start, int end) {
        for (Mention other : found) {
            if (other.start() < end && start < other.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token of the "St" that opens the mention at token {@code k}: {@code k} itself when the tagger kept it in the
     * span ("St Barnaby", widened only over a possessive and a place word), {@code k - 1} when it left it out
     * ("Barnaby") and no other mention holds it, else -1.
     */
    private static int saintBefore(List<Token> tokens, List<Mention> mentions, int from, int i, int k) {
        if (SAINT.contains(tokens.get(k).text()) && mentions.get(i).words() >= 2) {
            return k;
        }
        boolean before = k > 0 && SAINT.contains(tokens.get(k - 1).text())
                && tokens.get(k - 1).end() + 1 == mentions.get(i).start()
                && (i == from || mentions.get(i - 1).end() <= tokens.get(k - 1).start());
        return before ? k - 1 : -1;
    }
}

package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.geo.Place;
import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A country or region right before "war" names the war ("the Iraq war", "the Iran-Iraq War", "IRAQ WAR"): an event,
 * which the guidelines never annotate, nor a place inside its name. The rule finder knows a capitalised "War" that
 * ends a run of capitals; the tagger still reads the place in front of a lower-case one, the way most papers write it.
 * The place stays an entity wherever else the article names it.
 *
 * <p>Only where the phrase is the war's name: "war" ends it (punctuation or a word of the clause follows: "the Iraq
 * war had ...", "the Iraq war and ..."), so the place of "Russia war games", "a Britain-France war of words", "the
 * Spain war on drugs" or "UK war veterans" stays; only a gazetteer's country or region, not a city ("Baghdad war
 * reports", for its government), a building or a street ("the White House war room"); not a place that closes a phrase
 * before it ("In Sudan war has ..."); and a pair only of two places ("the Iran-Iraq war", not "the EU-US war").
 */
final class WarNames {

    private static final Set<String> WAR_WORDS = Set.of("war", "wars", "War", "Wars", "WAR", "WARS");
    /**
     * Words after "war" that go on with the sentence, not with a compound or figure ("war games", "war of words"):
     * function words and the irregular past tenses news uses of a war; a regular one ends in "-ed".
     */
    private static final Set<String> CLAUSE_WORDS = Set.of("and", "or", "but", "is", "was", "were", "has", "had",
            "have", "will", "would", "could", "ended", "ends", "began", "begins", "broke", "started", "in", "that",
            "which", "when", "where", "since", "as", "than", "because", "after", "before", "itself", "though", "to",
            "cost", "left", "led", "took", "made", "saw", "brought", "split", "hit");
    /** Prepositions whose phrase a place closes, before a new clause opens with "war". */
    private static final Set<String> PREPOSITIONS = Set.of("in", "across", "throughout", "inside", "from", "into",
            "to", "for", "with", "by", "on", "at", "over", "within");

    private WarNames() {
    }

    /** Drops the place mentions of {@code mentions[from..]} that name a war, and the places paired with them. */
    static void drop(String text, List<Token> tokens, List<Mention> mentions, int from, List<Mention> unconfirmed) {
        int k = 0;
        for (int i = from; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            k = m.firstTokenFrom(tokens, k);
            int next = Mention.firstTokenAt(tokens, k, m.end());
            while (next < tokens.size() && tokens.get(next).start() == tokens.get(next).end()) {
                next++; // the compound splitter's mark after "Iran-Iraq"
            }
            if (!isCountryOrRegion(m) || next >= tokens.size() || !WAR_WORDS.contains(tokens.get(next).text())
                    || !NameShapes.adjacent(tokens.get(next - 1), tokens.get(next)) || !endsPhrase(tokens, next + 1)) {
                continue;
            }
            int first = k;
            int start = m.start();
            boolean paired = true;
            while (first >= 2 && isJoin(tokens.get(first - 1)) && tokens.get(first - 1).start() == tokens.get(
                    first - 2).end() && tokens.get(first - 1).end() == tokens.get(first).start()) {
                Mention partner = endingAt(mentions, from, unconfirmed, tokens.get(first - 2).end());
                if (partner == null || !isCountryOrRegion(partner)) {
                    paired = false; // "the EU-US war", "the Hezbollah-Israel war"
                    break;
                }
                start = partner.start(); // "Iran-Iraq war", "Israel/Lebanon war"
                first = Mention.firstTokenAt(tokens, 0, start);
            }
            if (!paired || (first > 0
                    && PREPOSITIONS.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            int firstMention = i;
            while (firstMention > from && mentions.get(firstMention - 1).end() > start) {
                firstMention--;
            }
            int end = m.end();
            int pairStart = start;
            unconfirmed.removeIf(u -> u.start() < end && pairStart < u.end());
            mentions.subList(firstMention, i + 1).clear();
            i = firstMention - 1;
        }
    }

    /** "war" closes the name: the sentence ends, a mark follows, or a word that goes on with the clause. */
    private static boolean endsPhrase(List<Token> tokens, int after) {
        if (after >= tokens.size()) {
            return true;
        }
        String word = tokens.get(after).text();
        return !Character.isLetterOrDigit(word.charAt(0)) || CLAUSE_WORDS.contains(word.toLowerCase(Locale.ROOT))
                || (word.length() > 4 && word.endsWith("ed") && Character.isLowerCase(word.charAt(0))); // "... killed"
    }

    /** A gazetteer's country, province or region: a war takes their names, not a city's, a building's or a street's. */
    private static boolean isCountryOrRegion(Mention m) {
        return (m.type() == EntityType.LOCATION || m.type() == null) && m.place() != null
                && m.place().kind() != Place.Kind.CITY;
    }

    private static Mention endingAt(List<Mention> mentions, int from, List<Mention> unconfirmed, int end) {
        for (int i = from; i < mentions.size(); i++) {
            if (mentions.get(i).end() == end) {
                return mentions.get(i);
            }
        }
        for (Mention u : unconfirmed) {
            if (u.end() == end) {
                return u;
            }
        }
        return null;
    }

    private static boolean isJoin(Token token) {
        String word = token.text();
        return word.equals("-") || word.equals("\u2013") || word.equals("/");
    }
}

package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.geo.Place;
import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Set;

/**
 * A place right before "war" names the war ("the Iraq war", "the Falklands War", "the Iran-Iraq war"): an event,
 * which the guidelines never annotate, nor a place inside its name. The rule finder knows a capitalised "War" that
 * ends a run of capitals; the tagger still reads the place in front of a lower-case one, the way most papers write it.
 * The place stays an entity wherever else the article names it.
 */
final class WarNames {

    private static final Set<String> WAR_WORDS = Set.of("war", "wars", "War", "Wars", "WAR", "WARS");

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
            if (!isPlace(m) || next >= tokens.size() || !WAR_WORDS.contains(tokens.get(next).text())
                    || !NameShapes.adjacent(tokens.get(next - 1), tokens.get(next))) {
                continue;
            }
            int first = k;
            while (first >= 2 && isJoin(tokens.get(first - 1)) && tokens.get(first - 1).start() == tokens.get(
                    first - 2).end() && tokens.get(first - 1).end() == tokens.get(first).start()
                    && NameShapes.isCapitalised(tokens.get(first - 2))) {
                first -= 2; // "Iran-Iraq war", "Israel/Lebanon war"
            }
            int start = tokens.get(first).start();
            int end = m.end();
            unconfirmed.removeIf(u -> u.start() < end && start < u.end());
            int at = i;
            while (at > from && mentions.get(at - 1).end() > start) {
                at--;
            }
            mentions.subList(at, i + 1).clear();
            i = at - 1;
        }
    }

    /** A country or a region: a war takes their names, a city's stands for its government ("Baghdad war reports"). */
    private static boolean isPlace(Mention m) {
        return (m.type() == EntityType.LOCATION || (m.type() == null && m.place() != null))
                && (m.place() == null || m.place().kind() != Place.Kind.CITY);
    }

    private static boolean isJoin(Token token) {
        String word = token.text();
        return word.equals("-") || word.equals("\u2013") || word.equals("/");
    }
}

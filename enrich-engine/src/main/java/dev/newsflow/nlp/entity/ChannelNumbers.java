package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Set;

/**
 * A broadcaster's channel or station is named by a number after its word: "BBC Radio 4", "Channel 4", "BBC Three",
 * "News 24". The tagger learnt names from text where a number ends a name only rarely, so it stops before the number
 * ("BBC Radio"), which then merges with the broadcaster; and it reads "Channel 4" as the sea between England and
 * France. The guidelines make each channel an organisation (a media outlet) of its own. A number here is one or two
 * digits or a capitalised number word; a year or an amount is longer or lower-case.
 */
final class ChannelNumbers {

    /** The last word of a broadcaster's name before the channel's number. */
    private static final Set<String> CHANNEL_WORDS = Set.of("BBC", "ITV", "Radio", "Channel", "TV", "News", "FM");
    /** Words of a station's name after its number ("Five Live", "6 Music", "4 Extra"). */
    private static final Set<String> STATION_TAILS = Set.of("Live", "Music", "Extra", "Xtra", "LW", "MW", "FM");
    /** Broadcasters that write a channel's number glued to their name: "BBC1", "ITV2". */
    private static final Set<String> GLUED = Set.of("BBC", "ITV");
    private static final Set<String> NUMBER_WORDS = Set.of("One", "Two", "Three", "Four", "Five", "Six", "Seven");
    /** Words that make the number a count or a measure: "on TV 24 hours a day", "Radio 2 times a week". */
    private static final Set<String> UNITS = Set.of("hours", "hour", "minutes", "seconds", "days", "weeks", "months",
            "years", "times", "per", "percent", "points", "people", "million", "billion");

    /** Widens the mentions {@code mentions[from..]} of sentence {@code tokens} over a channel's number. */
    void widen(String text, List<Token> tokens, List<Mention> mentions, int from) {
        int k = 0;
        for (int i = from; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            k = m.firstTokenFrom(tokens, k);
            if (k >= tokens.size() || tokens.get(k).start() != m.start()) {
                continue;
            }
            int last = k + m.words() - 1;
            boolean numbered = endsWithNumber(tokens, k, last);
            if (!numbered && last + 1 < tokens.size() && isNumber(tokens.get(last + 1)) && !isCount(tokens, last + 1)
                    && CHANNEL_WORDS.contains(tokens.get(last).text())
                    && NameShapes.adjacent(tokens.get(last), tokens.get(last + 1))
                    && (i + 1 >= mentions.size() || mentions.get(i + 1).start() >= tokens.get(last + 1).end())) {
                int q = last + 2; // past the number, and past a station's word after it
                if (q < tokens.size() && STATION_TAILS.contains(tokens.get(q).text())
                        && NameShapes.adjacent(tokens.get(q - 1), tokens.get(q))
                        && (i + 1 >= mentions.size() || mentions.get(i + 1).start() >= tokens.get(q).end())) {
                    q++;
                }
                int end = tokens.get(q - 1).end();
                mentions.set(i, new Mention(text.substring(m.start(), end), m.start(), end,
                        m.sentence(), q - k, EntityType.ORGANIZATION, Mention.Evidence.CUE, null, null,
                        m.abbreviates(), m.headline()));
            } else if (numbered && m.type() != EntityType.ORGANIZATION) { // "Channel 4" is no sea
                mentions.set(i, new Mention(m.text(), m.start(), m.end(), m.sentence(), m.words(),
                        EntityType.ORGANIZATION, Mention.Evidence.CUE, null, null, m.abbreviates(), m.headline()));
            }
        }
    }

    /**
     * Adds the channels of sentence {@code tokens} that no mention of {@code mentions[from..]} covers: the tagger
     * passes over most "Radio 4", "Channel 4" and "ITV1" (a digit stops the rule finder's capitalised run, and the
     * tagger's training text has few such names). A channel is its broadcaster's words, the number and a station's
     * word after it ("BBC Radio 4 LW"), or one glued word ("BBC1"). The rule finder's piece of it is dropped.
     */
    void add(String text, List<Token> tokens, int sentence, List<Mention> mentions, int from, List<Mention> unconfirmed) {
        for (int j = 0; j < tokens.size(); j++) {
            Token token = tokens.get(j);
            char first = token.text().charAt(0);
            if (!Character.isDigit(first) && !Character.isUpperCase(first)) {
                continue; // most words: no set probe
            }
            int a;
            int b;
            if (isGlued(token.text())) {
                a = j;
                b = j + 1;
            } else if (j > 0 && isNumber(token) && !isCount(tokens, j)
                    && CHANNEL_WORDS.contains(tokens.get(j - 1).text())
                    && NameShapes.adjacent(tokens.get(j - 1), token)) {
                a = j - 1;
                while (a > 0 && CHANNEL_WORDS.contains(tokens.get(a - 1).text())
                        && NameShapes.adjacent(tokens.get(a - 1), tokens.get(a))) {
                    a--; // "BBC Radio 4"
                }
                b = j + 1 < tokens.size() && STATION_TAILS.contains(tokens.get(j + 1).text())
                        && NameShapes.adjacent(token, tokens.get(j + 1)) ? j + 2 : j + 1;
            } else {
                continue;
            }
            int start = tokens.get(a).start();
            int end = tokens.get(b - 1).end();
            int at = Mention.firstEndingAfter(mentions, from, start);
            if (at < mentions.size() && mentions.get(at).start() < end) {
                Mention m = mentions.get(at);
                if (m.start() == start && m.end() == end && m.type() != EntityType.ORGANIZATION) {
                    mentions.set(at, m.withType(EntityType.ORGANIZATION, Mention.Evidence.CUE)); // "BBC1" is no place
                }
                continue; // a mention has it already (widened above)
            }
            unconfirmed.removeIf(m -> m.start() < end && start < m.end());
            mentions.add(at, new Mention(text.substring(start, end), start, end, sentence, b - a,
                    EntityType.ORGANIZATION, Mention.Evidence.CUE, null, null, null, false));
            j = b - 1;
        }
    }

    /** "BBC1", "ITV2": a broadcaster's name and a one- or two-digit number in one word. */
    private static boolean isGlued(String word) {
        int n = word.length();
        if (n < 4 || n > 5 || !Character.isDigit(word.charAt(n - 1))) {
            return false;
        }
        int digits = Character.isDigit(word.charAt(n - 2)) ? 2 : 1;
        return n - digits == 3 && GLUED.contains(word.substring(0, 3));
    }

    /** The mention's words {@code [k, last]} hold a channel word followed by a number. */
    private static boolean endsWithNumber(List<Token> tokens, int k, int last) {
        for (int j = k + 1; j <= last && j < tokens.size(); j++) {
            if (isNumber(tokens.get(j)) && CHANNEL_WORDS.contains(tokens.get(j - 1).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(Token token) {
        String word = token.text();
        if (NUMBER_WORDS.contains(word)) {
            return true;
        }
        return (word.length() == 1 || word.length() == 2) && Character.isDigit(word.charAt(0))
                && Character.isDigit(word.charAt(word.length() - 1));
    }

    /** The number at {@code j} counts or measures what the next word names: no channel's. */
    private static boolean isCount(List<Token> tokens, int j) {
        return j + 1 < tokens.size() && UNITS.contains(tokens.get(j + 1).text());
    }
}

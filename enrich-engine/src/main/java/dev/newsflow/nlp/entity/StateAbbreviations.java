package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.geo.Place;
import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Map;

/**
 * US wire copy names a town's state by its abbreviation after a comma ("Tampa, Fla., said", "BOCA RATON, Fla, March
 * 19 -", "Fairlawn, N.J.") and a legislator's by one after the party's letter ("Rep. Jerry Huckaby, D-La."). The
 * state is a place of its own under the guidelines; the tagger, which learnt from little such text, passes over the
 * abbreviation or reads "N.J." as a body. The abbreviations are the news agencies' style for the states, a closed
 * set; each maps to its state in the gazetteer (the US state, not the Cuban town "Florida" the name alone finds).
 */
final class StateAbbreviations {

    private static final Map<String, String> STATES = Map.ofEntries(
            Map.entry("Ala", "Alabama"), Map.entry("Ariz", "Arizona"), Map.entry("Ark", "Arkansas"),
            Map.entry("Calif", "California"), Map.entry("Colo", "Colorado"), Map.entry("Conn", "Connecticut"),
            Map.entry("Del", "Delaware"), Map.entry("Fla", "Florida"), Map.entry("Ga", "Georgia"),
            Map.entry("Ill", "Illinois"), Map.entry("Ind", "Indiana"), Map.entry("Kan", "Kansas"),
            Map.entry("Ky", "Kentucky"), Map.entry("La", "Louisiana"), Map.entry("Md", "Maryland"),
            Map.entry("Mass", "Massachusetts"), Map.entry("Mich", "Michigan"), Map.entry("Minn", "Minnesota"),
            Map.entry("Miss", "Mississippi"), Map.entry("Mo", "Missouri"), Map.entry("Mont", "Montana"),
            Map.entry("Neb", "Nebraska"), Map.entry("Nev", "Nevada"), Map.entry("N.H", "New Hampshire"),
            Map.entry("N.J", "New Jersey"), Map.entry("N.M", "New Mexico"), Map.entry("N.Y", "New York"),
            Map.entry("N.C", "North Carolina"), Map.entry("N.D", "North Dakota"), Map.entry("Okla", "Oklahoma"),
            Map.entry("Ore", "Oregon"), Map.entry("Pa", "Pennsylvania"), Map.entry("R.I", "Rhode Island"),
            Map.entry("S.C", "South Carolina"), Map.entry("S.D", "South Dakota"), Map.entry("Tenn", "Tennessee"),
            Map.entry("Tex", "Texas"), Map.entry("Vt", "Vermont"), Map.entry("Va", "Virginia"),
            Map.entry("Wash", "Washington"), Map.entry("Wis", "Wisconsin"), Map.entry("Wyo", "Wyoming"));

    private final KnownNames names;

    StateAbbreviations(KnownNames names) {
        this.names = names;
    }

    /** Adds the states of sentence {@code tokens} written as abbreviations after a place or a party's letter. */
    void add(String text, List<Token> tokens, int sentence, List<Mention> mentions, int from,
            List<Mention> unconfirmed) {
        if (tokens.size() < 2) {
            return;
        }
        int first = tokens.getFirst().start();
        int limit = tokens.getLast().end();
        // only a comma or a hyphen in the sentence leads to a state: most sentences are passed over by two searches
        if (text.indexOf(',', first, limit) < 0 && text.indexOf('-', first, limit) < 0) {
            return;
        }
        for (int j = 1; j < tokens.size(); j++) {
            String word = tokens.get(j).text();
            if (word.length() < 2 || word.length() > 6 || !Character.isUpperCase(word.charAt(0))) {
                continue; // most words: no look-up
            }
            boolean party = word.length() > 3 && word.charAt(1) == '-' && "DRI".indexOf(word.charAt(0)) >= 0;
            if (!party && !tokens.get(j - 1).text().equals(",")) {
                continue;
            }
            Token token = tokens.get(j);
            int start = token.start();
            String state;
            if (party) {
                state = STATES.get(withoutStop(word.substring(2))); // "D-La."
                start += 2;
            } else {
                state = STATES.get(withoutStop(word));
                if (state != null && (!(word.endsWith(".") || stopAfter(tokens, j) || datelineDate(tokens, j + 1))
                        || !afterPlace(tokens, j, state, mentions, from))) {
                    state = null; // "Hatoyama, Kan and Noda", "Blunkett, Mo, Cook": names, not "Tampa, Fla."
                }
            }
            if (state == null || !endsClause(tokens, j + 1)) {
                continue;
            }
            int end = token.end();
            if (!word.endsWith(".") && stopAfter(tokens, j)) {
                end++; // "D-La.", "Ga." tokenised as the word and "."
            }
            Place place = names.admin("US", state);
            int s = start;
            int e = end;
            unconfirmed.removeIf(m -> m.start() < e && s < m.end());
            int at = Mention.firstEndingAfter(mentions, from, s);
            while (at < mentions.size() && mentions.get(at).start() < e) {
                mentions.remove(at);
            }
            mentions.add(at, new Mention(text.substring(s, e), s, e, sentence, 1, EntityType.LOCATION,
                    Mention.Evidence.CUE, place, null, null, false));
        }
    }

    /**
     * A comma and, before it, the end of a place or of a firm's name with its seat ("Tampa, Fla.", "BOCA RATON, Fla",
     * "Acme Corp of Tampa, Fla."), not a person's ("Harris, Ind., 1,203 votes") nor the state's own name ("NEW YORK,
     * N.Y.", the city: its state is no second place there).
     */
    private static boolean afterPlace(List<Token> tokens, int j, String state, List<Mention> mentions, int from) {
        if (j < 2 || !tokens.get(j - 1).text().equals(",")) {
            return false;
        }
        int end = tokens.get(j - 2).end();
        for (int i = from; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.end() == end) {
                return !m.text().equalsIgnoreCase(state) && (m.type() == EntityType.LOCATION
                        || (m.type() == EntityType.ORGANIZATION && m.text().contains(" of ")));
            }
        }
        return false;
    }

    /** A full stop right after the word, tokenised apart ("Ga." where "Ga" is no abbreviation the tokeniser keeps). */
    private static boolean stopAfter(List<Token> tokens, int j) {
        return j + 1 < tokens.size() && tokens.get(j + 1).text().equals(".")
                && tokens.get(j + 1).start() == tokens.get(j).end();
    }

    /** A dateline's date follows a state written without its full stop: "BOCA RATON, Fla, March 19 -". */
    private static boolean datelineDate(List<Token> tokens, int next) {
        return next + 1 < tokens.size() && tokens.get(next).text().equals(",")
                && NameShapes.isMonth(tokens.get(next + 1).text());
    }

    /** The abbreviation ends its phrase: a mark, a lower-case word, a date or the sentence's end follows. */
    private static boolean endsClause(List<Token> tokens, int next) {
        if (next >= tokens.size()) {
            return true;
        }
        char c = tokens.get(next).text().charAt(0);
        return !Character.isLetter(c) || Character.isLowerCase(c) || NameShapes.isMonth(tokens.get(next).text());
    }

    private static String withoutStop(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }
}

package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.geo.Place;
import dev.newsflow.nlp.text.Token;

import java.util.List;

/**
 * A country whose name joins two names by "and" is one place: "Trinidad and Tobago", "Bosnia and Herzegovina",
 * "Saint Vincent and the Grenadines". The tagger may cut it at "and" into two places (or a place and a guess), each
 * then an entity of its own. Applied to the tagger's output, so the rule finder's labels, the tagger's features, stay
 * as the shipped model was trained on. Only countries: two names the gazetteer does not know as one stay apart
 * ("Britain and France"), and so do the parts of a region or jurisdiction named like that ("England and Wales":
 * news writes it for the two places as often as for the one).
 */
final class PlaceJoins {

    private final KnownNames names;

    PlaceJoins(KnownNames names) {
        this.names = names;
    }

    /** Joins the pieces of known places among the mentions {@code mentions[from..]} of sentence {@code tokens}. */
    void join(String text, List<Token> tokens, List<Mention> mentions, int from) {
        int k = 0;
        for (int i = from; i + 1 < mentions.size(); i++) {
            Mention a = mentions.get(i);
            Mention b = mentions.get(i + 1);
            k = a.firstTokenFrom(tokens, k);
            if (k >= tokens.size() || tokens.get(k).start() != a.start()) {
                continue;
            }
            int q = k + a.words();
            int c = q < tokens.size() && tokens.get(q).text().equals("and") ? q + 1 : -1;
            if (c > 0 && c < tokens.size() && tokens.get(c).text().equals("the")) {
                c++;
            }
            if (c < 0 || c >= tokens.size() || tokens.get(c).start() != b.start()
                    || !isPlaceOrGuess(a) || !isPlaceOrGuess(b)) {
                continue;
            }
            Place place = names.placeAt(text, tokens, k, c + b.words());
            if (place == null || !place.isCountry()) {
                continue;
            }
            mentions.set(i, new Mention(text.substring(a.start(), b.end()), a.start(), b.end(), a.sentence(),
                    c + b.words() - k, EntityType.LOCATION, Mention.Evidence.KNOWN, place, null, null, a.headline()));
            mentions.remove(i + 1);
        }
    }

    private static boolean isPlaceOrGuess(Mention m) {
        return m.type() == EntityType.LOCATION || m.evidence() == Mention.Evidence.GUESS;
    }
}

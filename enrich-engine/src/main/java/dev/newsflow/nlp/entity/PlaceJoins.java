package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.geo.Place;
import dev.newsflow.nlp.text.Token;

import java.util.List;

/**
 * A country whose name joins two names by "and" is one place: "Trinidad and Tobago", "Bosnia and Herzegovina",
 * "Saint Vincent and the Grenadines". The tagger may cut it at "and" into two places (or a place and a guess), each
 * then an entity of its own. Applied to the tagger's output, so the rule finder's labels, the tagger's features, stay
 * as the shipped model was trained on. Only the gazetteer's countries (states and the territories with a country
 * code of their own): two names it does not know as one stay apart ("Britain and France"), and so do the parts of a
 * region or jurisdiction named like that ("England and Wales": news writes it for the two places as often as for the
 * one). Svalbard and Jan Mayen, two places under one code, is joined like the others.
 */
final class PlaceJoins {

    private final KnownNames names;

    PlaceJoins(KnownNames names) {
        this.names = names;
    }

    /**
     * Joins the pieces of countries among the mentions {@code mentions[from..]} of sentence {@code tokens}; the piece
     * after "and" may also be one of the sentence's {@code unconfirmed} mentions ("Saint Vincent and the
     * Grenadines", where the tagger found nothing over the second), which the joined name then takes.
     */
    void join(String text, List<Token> tokens, List<Mention> mentions, int from, List<Mention> unconfirmed) {
        int k = 0;
        for (int i = from; i < mentions.size(); i++) {
            Mention a = mentions.get(i);
            k = a.firstTokenFrom(tokens, k);
            if (k >= tokens.size() || tokens.get(k).start() != a.start()) {
                continue;
            }
            int q = k + a.words();
            int c = q < tokens.size() && tokens.get(q).text().equals("and") ? q + 1 : -1;
            if (c > 0 && c < tokens.size() && tokens.get(c).text().equals("the")) {
                c++;
            }
            if (c < 0 || c >= tokens.size() || !isPlaceOrGuess(a)) {
                continue;
            }
            boolean listed = i + 1 < mentions.size() && mentions.get(i + 1).start() == tokens.get(c).start();
            int waiting = listed ? -1 : OrganizationJoins.find(unconfirmed, tokens.get(c).start());
            Mention b = listed ? mentions.get(i + 1) : waiting >= 0 ? unconfirmed.get(waiting) : null;
            if (b == null || !isPlaceOrGuess(b)) {
                continue;
            }
            Place place = names.placeAt(text, tokens, k, c + b.words());
            if (place == null || !place.isCountry()) {
                continue;
            }
            mentions.set(i, new Mention(text.substring(a.start(), b.end()), a.start(), b.end(), a.sentence(),
                    c + b.words() - k, EntityType.LOCATION, Mention.Evidence.KNOWN, place, null, null, a.headline()));
            if (listed) {
                mentions.remove(i + 1);
            } else {
                unconfirmed.remove(waiting);
            }
        }
    }

    private static boolean isPlaceOrGuess(Mention m) {
        return m.type() == EntityType.LOCATION || m.evidence() == Mention.Evidence.GUESS;
    }
}

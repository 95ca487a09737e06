package dev.newsflow.enrich.nlp.entity;

import dev.newsflow.enrich.nlp.geo.Gazetteer;
import dev.newsflow.enrich.nlp.geo.Place;
import dev.newsflow.enrich.nlp.text.Token;
import dev.newsflow.events.EntityType;

import java.util.List;
import java.util.Set;

/**
 * Decides what a run of name tokens is: a known place or organisation, an organisation or place by its
 * cue words ("... Bank", "Lake ..."), a person by a preceding title or a given name, or still unknown
 * (then the whole article decides, see {@link EntityResolver}).
 */
final class SpanClassifier {

    private static final int MAX_KNOWN_WORDS = 6;
    private static final long MINOR_PLACE_POPULATION = 250_000;
    /** Words after a name that make it a person: "Campbell said", "Kanu, who". */
    private static final Set<String> SPEECH = Set.of(
            "said", "says", "told", "added", "explained", "admitted", "argued", "insisted", "wrote", "warned",
            "claimed", "believes", "thinks", "announced", "who", "whose", "himself", "herself");
    /** Words before a name that make it a place: "in Rosyth", "near Limerick". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "in", "near", "outside", "across", "throughout", "towards", "toward", "around", "inside");
    /** Compass words qualifying a known place: "S Asia", "Dunfermline East", "southern Iraq". */
    private static final Set<String> DIRECTIONS = Set.of(
            "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "N", "S", "E",
            "W", "NE", "NW", "SE", "SW", "Upper", "Lower", "Greater", "Inner", "Outer");

    private final EntityLexicon lexicon;
    private final Gazetteer gazetteer;

    SpanClassifier(EntityLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    static String span(String text, List<Token> tokens, int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** Length of the longest known place or organisation name starting at {@code p}, 0 if none. */
    int knownLength(String text, List<Token> tokens, int p, int b) {
        String first = tokens.get(p).text();
        boolean longer = lexicon.longNameFirstWords.contains(first) || gazetteer.startsLongerName(first);
        for (int k = longer ? Math.min(MAX_KNOWN_WORDS, b - p) : 1; k >= 1; k--) {
            if (!NameShapes.isCapitalised(tokens.get(p + k - 1))) {
                continue;
            }
            String name = span(text, tokens, p, p + k);
            if (lexicon.isKnownOrganization(name) || gazetteer.find(name) != null) {
                return k;
            }
        }
        return 0;
    }

    /** Length of a title starting at {@code p} ("Mr", "Prime Minister", "Secretary of State"), 0 if none. */
    int titleLength(String text, List<Token> tokens, int p, int b) {
        String word = tokens.get(p).text();
        for (int k = lexicon.longNameFirstWords.contains(word) ? Math.min(4, b - p) : 1; k >= 2; k--) {
            if (lexicon.titlePhrases.contains(span(text, tokens, p, p + k))) {
                return k;
            }
        }
        int q = p;
        while (q < b && lexicon.titleModifiers.contains(tokens.get(q).text())) {
            q++;
        }
        if (q < b && lexicon.titleHeads.contains(tokens.get(q).text())) {
            q++;
            while (q < b && lexicon.titleHeads.contains(tokens.get(q).text())) {
                q++;
            }
            return q - p;
        }
        return lexicon.honorifics.contains(word) ? 1 : 0;
    }

    /** Adds the mention(s) the tokens {@code [p, q)} make; {@code personCue} when a title precedes them. */
    void classify(String text, List<Token> tokens, int p, int q, boolean personCue, int sentence, List<Mention> out) {
        while (p < q && !NameShapes.isCapitalised(tokens.get(p))) {
            p++;
        }
        while (q > p && !NameShapes.isCapitalised(tokens.get(q - 1))) {
            q--;
        }
        while (q > p + 1 && lexicon.nonEntities.contains(tokens.get(q - 1).text())) {
            q--; // "Labour MPs"
        }
        if (p >= q || lexicon.nonEntitySuffixes.contains(tokens.get(q - 1).text())
                || (q - p >= 2 && lexicon.nonEntityPrefixes.contains(tokens.get(p).text()))) {
            return;
        }
        String name = span(text, tokens, p, q);
        int words = q - p;
        if (words == 1 && !personCue && (lexicon.nonEntities.contains(name) || lexicon.demonyms.contains(name))) {
            return;
        }
        String after = q < tokens.size() ? tokens.get(q).text() : "";
        Place place = gazetteer.find(name);
        String organization = organization(name, place);
        place = organization == null ? place : null;
        if (place != null && words == 1 && SPEECH.contains(after) && isMinorPlace(place)) {
            out.add(mention(name, tokens, p, q, sentence, EntityType.PERSON, Mention.Evidence.NAME, null, null));
            return;
        }
        if (organization != null || place != null) {
            EntityType type = organization != null ? EntityType.ORGANIZATION : EntityType.LOCATION;
            out.add(mention(name, tokens, p, q, sentence, type, Mention.Evidence.KNOWN, place, organization));
            return;
        }
        String first = tokens.get(p).text();
        String last = tokens.get(q - 1).text();
        Place qualified = qualifiedPlace(text, tokens, p, q);
        if (qualified != null) {
            out.add(mention(name, tokens, p, q, sentence, EntityType.LOCATION, Mention.Evidence.CUE, qualified, null));
            return;
        }
        if (words >= 2 && lexicon.orgSuffixes.contains(last)) {
            out.add(mention(name, tokens, p, q, sentence, EntityType.ORGANIZATION, Mention.Evidence.CUE, null, null));
            return;
        }
        int of = indexOf(tokens, p, q);
        if (of > p) {
            if (lexicon.orgPrefixes.contains(first) || lexicon.orgPrefixes.contains(tokens.get(of - 1).text())) {
                out.add(mention(name, tokens, p, q, sentence, EntityType.ORGANIZATION, Mention.Evidence.CUE, null, null));
            } else if (lexicon.locPrefixes.contains(first) || lexicon.locSuffixes.contains(first)) {
                out.add(mention(name, tokens, p, q, sentence, EntityType.LOCATION, Mention.Evidence.CUE, null, null));
            } else {
                classify(text, tokens, p, of, personCue, sentence, out);
                classify(text, tokens, of + 1, q, false, sentence, out);
            }
            return;
        }
        EntityType type = null;
        Mention.Evidence evidence = Mention.Evidence.GUESS;
        if (personCue) {
            type = EntityType.PERSON;
            evidence = Mention.Evidence.TITLE;
        } else if (words >= 2 && (lexicon.locSuffixes.contains(last) || lexicon.locPrefixes.contains(first))) {
            type = EntityType.LOCATION;
            evidence = Mention.Evidence.CUE;
        } else if (words >= 2 && lexicon.firstNames.contains(first)) {
            type = EntityType.PERSON;
            evidence = Mention.Evidence.NAME;
        } else if (words == 1 && NameShapes.isAcronym(name)) {
            type = EntityType.ORGANIZATION;
        } else if (words <= 3 && SPEECH.contains(after)) {
            type = EntityType.PERSON;
        } else if (words <= 3 && p > 0 && PLACE_PREPOSITIONS.contains(tokens.get(p - 1).text())) {
            type = EntityType.LOCATION;
        }
        out.add(mention(name, tokens, p, q, sentence, type, evidence, null, null));
    }

    /** An organisation named by its cue word; a country at its start also counts as a place ("US State Department"). */
    void classifyOrganization(String text, List<Token> tokens, int p, int q, int sentence, List<Mention> out) {
        String name = span(text, tokens, p, q);
        String organization = organization(name, gazetteer.find(name));
        out.add(mention(name, tokens, p, q, sentence, EntityType.ORGANIZATION,
                organization != null ? Mention.Evidence.KNOWN : Mention.Evidence.CUE, null, organization));
        Place place = gazetteer.find(tokens.get(p).text());
        if (organization == null && place != null && place.kind() == Place.Kind.COUNTRY) {
            out.add(mention(place.name().equals(tokens.get(p).text()) ? place.name() : tokens.get(p).text(), tokens, p,
                    p + 1, sentence, EntityType.LOCATION, Mention.Evidence.KNOWN, place, null));
        }
    }

    /**
     * A town or region small enough that "Eastwood said" more likely names a person; capitals and big cities
     * speak for their governments ("Washington said").
     */
    private static boolean isMinorPlace(Place place) {
        return place.kind() == Place.Kind.ADMIN
                || (place.kind() == Place.Kind.CITY && place.population() < MINOR_PLACE_POPULATION);
    }

    /** The well-known organisation, or the club whose name is not also a place ("Arsenal", not "Chelsea"). */
    private String organization(String name, Place place) {
        String organization = lexicon.organizations.get(name);
        return organization == null && place == null ? lexicon.clubs.get(name) : organization;
    }

    /** A known place with a compass word before or after it. */
    private Place qualifiedPlace(String text, List<Token> tokens, int p, int q) {
        if (q - p < 2) {
            return null;
        }
        if (DIRECTIONS.contains(tokens.get(p).text())) {
            return gazetteer.find(span(text, tokens, p + 1, q));
        }
        return DIRECTIONS.contains(tokens.get(q - 1).text()) ? gazetteer.find(span(text, tokens, p, q - 1)) : null;
    }

    private static int indexOf(List<Token> tokens, int p, int q) {
        for (int i = p + 1; i < q - 1; i++) {
            String t = tokens.get(i).text();
            if (t.equals("of") || t.equals("for")) {
                return i;
            }
        }
        return -1;
    }

    private static Mention mention(String name, List<Token> tokens, int p, int q, int sentence, EntityType type,
            Mention.Evidence evidence, Place place, String organization) {
        return new Mention(name, tokens.get(p).start(), tokens.get(q - 1).end(), sentence, q - p, type, evidence, place,
                organization, null, false);
    }
}

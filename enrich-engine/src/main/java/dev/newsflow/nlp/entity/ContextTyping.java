package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.geo.Place;
import dev.newsflow.nlp.text.Token;
import dev.newsflow.events.EntityType;

import java.util.List;
import java.util.Set;

/**
 * Types a name that no list knows from its own cue words and the words around it ("water firm X",
 * "X said", "in X", "the city of X"), and tells a person from a small town of the same name.
 */
final class ContextTyping {

    private static final long MINOR_PLACE_POPULATION = 250_000;
    /** Words after a name that make it a person: "Campbell said", "Kanu, who". */
    private static final Set<String> SPEECH = Set.of(
            "said", "says", "told", "added", "explained", "admitted", "argued", "insisted", "wrote", "warned",
            "claimed", "believes", "thinks", "announced", "who", "whose", "himself", "herself");
    /** Words before a name that make it a place: "in Rosyth", "near Limerick". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "in", "near", "outside", "across", "throughout", "towards", "toward", "around", "inside");
    /** Members of a legislature: "MP for Sedgefield" names a constituency. */
    private static final Set<String> MEMBERS = Set.of("MP", "MPs", "MSP", "MEP", "AM", "Member", "member");

    /** A type and how sure it is; {@link #UNKNOWN} leaves the decision to the whole article. */
    record Typing(EntityType type, Mention.Evidence evidence) {
        static final Typing UNKNOWN = new Typing(null, Mention.Evidence.GUESS);
    }

    private final EntityLexicon lexicon;
    private final KnownNames names;

    ContextTyping(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** The type of the unknown name {@code [p, q)}; {@code personCue} when a title precedes it. */
    Typing type(List<Token> tokens, int p, int q, boolean personCue) {
        int words = q - p;
        String first = tokens.get(p).text();
        String last = tokens.get(q - 1).text();
        String before = p > 0 ? tokens.get(p - 1).text() : "";
        String after = q < tokens.size() ? tokens.get(q).text() : "";
        if (personCue) {
            return new Typing(EntityType.PERSON, Mention.Evidence.TITLE);
        }
        if ((p > 0 && names.listedAs(tokens, p - 1, ListFlags.WORK_OR_ORG_NOUN)
                && lexicon.organizationNouns.contains(before))
                || (q < tokens.size() && names.listedAs(tokens, q, ListFlags.PLACE_NOUN_OR_FOLLOWER)
                && lexicon.organizationFollowers.contains(after) && !lexicon.firstNames.contains(first))) {
            return new Typing(EntityType.ORGANIZATION, Mention.Evidence.CUE); // "water firm X", "X spokesman"
        }
        if (lexicon.bandRoles.contains(after) || (p >= 2 && before.equals("of")
                && lexicon.bandRoles.contains(tokens.get(p - 2).text()))) {
            return new Typing(EntityType.ORGANIZATION, Mention.Evidence.CUE); // "X frontman", "singer of X"
        }
        if (p >= 2 && namesPlaceAfter(before, tokens.get(p - 2).text())) {
            return new Typing(EntityType.LOCATION, Mention.Evidence.CUE); // "the city of X", "MP for X"
        }
        if (words >= 2 && ((names.listedAs(tokens, q - 1, ListFlags.LOC_SUFFIX) && lexicon.locSuffixes.contains(last))
                || (names.listedAs(tokens, p, ListFlags.LOC_PREFIX) && lexicon.locPrefixes.contains(first)))) {
            return new Typing(EntityType.LOCATION, Mention.Evidence.CUE);
        }
        if (words >= 2 && names.listedAs(tokens, p, ListFlags.FIRST_NAME) && lexicon.firstNames.contains(first)) {
            return new Typing(EntityType.PERSON, Mention.Evidence.NAME);
        }
        if (words == 1 && NameShapes.isAcronym(first)) {
            return new Typing(EntityType.ORGANIZATION, Mention.Evidence.GUESS);
        }
        if (words <= 3 && SPEECH.contains(after)) {
            return new Typing(EntityType.PERSON, Mention.Evidence.GUESS);
        }
        if (words <= 3 && PLACE_PREPOSITIONS.contains(before)) {
            return new Typing(EntityType.LOCATION, Mention.Evidence.GUESS);
        }
        return Typing.UNKNOWN;
    }

    /**
     * "Eastwood said": a one-word name of a town or region small enough that it more likely names a person;
     * capitals and big cities speak for their governments ("Washington said").
     */
    static boolean speaksAsPerson(Place place, List<Token> tokens, int p, int q) {
        return q - p == 1 && q < tokens.size() && SPEECH.contains(tokens.get(q).text()) && isMinorPlace(place);
    }

    private static boolean isMinorPlace(Place place) {
        return place.kind() == Place.Kind.ADMIN
                || (place.kind() == Place.Kind.CITY && place.population() < MINOR_PLACE_POPULATION);
    }

    private boolean namesPlaceAfter(String before, String twoBefore) {
        return (before.equals("of") && lexicon.placeNouns.contains(twoBefore))
                || (before.equals("for") && MEMBERS.contains(twoBefore));
    }
}

package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.geo.Place;
import dev.newsflow.nlp.text.Token;
import dev.newsflow.events.EntityType;

import java.util.List;
import java.util.Set;

/**
 * Decides what a run of name tokens is: a known place or organisation, an organisation or place by its
 * cue words ("... Bank", "Lake ..."), split at "of" when neither half is a cue, or typed by its context
 * ({@link ContextTyping}); what stays untyped is decided by the whole article ({@link EntityResolver}).
 */
final class SpanClassifier {

    /** Compass words qualifying a known place: "S Asia", "Dunfermline East", "southern Iraq". */
    private static final Set<String> DIRECTIONS = Set.of(
            "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "N", "S", "E",
            "W", "NE", "NW", "SE", "SW", "Upper", "Lower", "Greater", "Inner", "Outer");
    /** Regnal numbers after a given name: "Charles I", "Henry VIII". */
    private static final Set<String> REGNAL = Set.of(
            "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI");

    private final EntityLexicon lexicon;
    private final KnownNames names;
    private final ContextTyping context;

    SpanClassifier(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        this.names = names;
        this.context = new ContextTyping(lexicon, names);
    }

    /** Adds the mention(s) the tokens {@code [p, q)} make; {@code personCue} when a title precedes them. */
    void classify(String text, List<Token> tokens, int p, int q, boolean personCue, int sentence, List<Mention> out) {
        while (p < q && !NameShapes.isCapitalised(tokens.get(p))) {
            p++;
        }
        while (q > p && !NameShapes.isCapitalised(tokens.get(q - 1))) {
            q--;
        }
        while (q > p + 1 && names.listedAs(tokens, q - 1, ListFlags.NON_ENTITY)
                && lexicon.nonEntities.contains(tokens.get(q - 1).text()) && !isRegnal(tokens, p, q)) {
            q--; // "Labour MPs"
        }
        if (p >= q || (names.listedAs(tokens, q - 1, ListFlags.NON_ENTITY)
                && lexicon.nonEntitySuffixes.contains(tokens.get(q - 1).text()))
                || (q - p >= 2 && lexicon.nonEntityPrefixes.contains(tokens.get(p).text()))) {
            return;
        }
        if (namesLawOrEvent(tokens, p, q)) {
            return;
        }
        int words = q - p;
        String name = KnownNames.span(text, tokens, p, q);
        if (words == 1 && !personCue && ((names.listedAs(tokens, p, ListFlags.NON_ENTITY)
                && lexicon.nonEntities.contains(name)) || lexicon.isDemonym(name))) {
            return;
        }
        // one probe rules out both lists for most names; one word's flags are its word's, looked up once per article
        boolean known = words == 1 ? names.isKnown(tokens.get(p)) : names.isKnown(name);
        Place place = known ? names.place(name) : null;
        String organization = known ? names.organization(name, place) : null;
        place = organization == null ? place : null;
        if (place != null && ContextTyping.speaksAsPerson(place, tokens, p, q)) {
            out.add(mention(name, tokens, p, q, sentence, EntityType.PERSON, Mention.Evidence.NAME, null, null));
            return;
        }
        if (organization != null || place != null) {
            EntityType type = organization != null ? EntityType.ORGANIZATION : EntityType.LOCATION;
            out.add(mention(name, tokens, p, q, sentence, type, Mention.Evidence.KNOWN, place, organization));
            return;
        }
        String first = tokens.get(p).text();
        Place qualified = qualifiedPlace(text, tokens, p, q);
        if (qualified != null) {
            out.add(mention(name, tokens, p, q, sentence, EntityType.LOCATION, Mention.Evidence.CUE, qualified, null));
            return;
        }
        if (words >= 2 && names.listedAs(tokens, q - 1, ListFlags.ORG_SUFFIX)
                && lexicon.orgSuffixes.contains(tokens.get(q - 1).text())) {
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
        ContextTyping.Typing typing = context.type(tokens, p, q, personCue);
        out.add(mention(name, tokens, p, q, sentence, typing.type(), typing.evidence(), null, null));
    }

    /** A known place and the compass word after it: a constituency or district of its own ("Edinburgh South"). */
    void classifyDistrict(String text, List<Token> tokens, int p, int sentence, List<Mention> out) {
        out.add(mention(KnownNames.span(text, tokens, p, p + 2), tokens, p, p + 2, sentence, EntityType.LOCATION,
                Mention.Evidence.CUE, null, null));
    }

    /** An organisation named by its cue word; a country at its start also counts as a place ("US State Department"). */
    void classifyOrganization(String text, List<Token> tokens, int p, int q, int sentence, List<Mention> out) {
        if (namesLawOrEvent(tokens, p, q)) {
            return;
        }
        String name = KnownNames.span(text, tokens, p, q);
        String organization = names.organization(name, names.place(name));
        out.add(mention(name, tokens, p, q, sentence, EntityType.ORGANIZATION,
                organization != null ? Mention.Evidence.KNOWN : Mention.Evidence.CUE, null, organization));
        Place place = names.place(tokens.get(p).text());
        if (organization == null && place != null && place.isCountry()) {
            out.add(mention(place.name().equals(tokens.get(p).text()) ? place.name() : tokens.get(p).text(), tokens, p,
                    p + 1, sentence, EntityType.LOCATION, Mention.Evidence.KNOWN, place, null));
        }
    }

    /** "Act of Parliament", "Bill of Rights": a law or event word before "of" heads a name that is no entity. */
    private boolean namesLawOrEvent(List<Token> tokens, int p, int q) {
        return q - p >= 3 && tokens.get(p + 1).text().equals("of") && lexicon.nonEntitySuffixes.contains(tokens.get(p).text());
    }

    /** "Charles I": a regnal number closing a given name is part of the name, not the pronoun "I". */
    private boolean isRegnal(List<Token> tokens, int p, int q) {
        return q - p >= 2 && REGNAL.contains(tokens.get(q - 1).text()) && lexicon.firstNames.contains(tokens.get(q - 2).text());
    }

    /** A known place with a compass word before or after it. */
    private Place qualifiedPlace(String text, List<Token> tokens, int p, int q) {
        if (q - p < 2) {
            return null;
        }
        if (DIRECTIONS.contains(tokens.get(p).text())) {
            return names.placeAt(text, tokens, p + 1, q);
        }
        return DIRECTIONS.contains(tokens.get(q - 1).text()) ? names.placeAt(text, tokens, p, q - 1) : null;
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

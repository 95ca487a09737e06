package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.geo.Place;
import dev.newsflow.nlp.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Cuts one chunk of capitalised words into the names it holds, at titles ("UK | Prime Minister | Keir
 * Starmer"), known names, demonyms and organisation cue words, and hands each part to the
 * {@link SpanClassifier}. A title before a part makes it a person.
 */
final class ChunkWalker {

    /** Compass words after a place that name a constituency or district of it: "Edinburgh South". */
    private static final Set<String> COMPASS = Set.of(
            "North", "South", "East", "West", "Central", "North-East", "North-West", "South-East", "South-West");

    private static final long SMALL_TOWN_POPULATION = 100_000;

    private final EntityLexicon lexicon;
    private final KnownNames names;
    private final SpanClassifier classifier;
    private final NationalityModifiers nationalities;
    private final CapitalisedWords words;

    ChunkWalker(EntityLexicon lexicon, KnownNames names, SpanClassifier classifier) {
        this.lexicon = lexicon;
        this.names = names;
        this.classifier = classifier;
        this.nationalities = new NationalityModifiers(lexicon, names);
        this.words = new CapitalisedWords(lexicon, names);
    }

    /**
     * @param initial the chunk opens a sentence or clause, so its first word may be capitalised by position only
     * @param cue     a lower-case title ("former president") stands right before the chunk
     */
    void walk(String text, List<Token> tokens, int a, int b, boolean initial, boolean cue, int sentence,
            List<Mention> out) {
        if (initial && b - a >= 1 && words.droppableInitial(text, tokens, a, b)) {
            a++;
        }
        boolean personCue = cue;
        int p = a;
        while (p < b) {
            Token t = tokens.get(p);
            if (!NameShapes.isCapitalised(t)) {
                p++;
                continue;
            }
            int run = runEnd(text, tokens, p, b);
            if (run - p >= 2 && names.listedAs(tokens, run - 1, ListFlags.NON_ENTITY)
                    && lexicon.nonEntitySuffixes.contains(tokens.get(run - 1).text())) {
                p = run; // "US Open", "Edinburgh Festival": a place inside an event's name is not annotated
                personCue = false;
                continue;
            }
            int known = names.knownLength(text, tokens, p, b);
            if (run - p >= 2 && known < run - p && names.listedAs(tokens, run - 1, ListFlags.ORG_SUFFIX)
                    && lexicon.orgSuffixes.contains(tokens.get(run - 1).text())
                    && names.titleLength(text, tokens, p, run) == 0) {
                int demonym = known == 0 ? nationalities.demonymLength(tokens, p, run) : 0;
                if (demonym > 0 && nationalities.isStateBody(tokens, p + demonym, run)) {
                    p += demonym; // "Brazilian Foreign Ministry" is the Foreign Ministry
                    continue;
                }
                classifier.classifyOrganization(text, tokens, p, run, sentence, out);
                p = run;
                personCue = false;
                continue;
            }
            if (known >= 2) {
                classifier.classify(text, tokens, p, p + known, false, sentence, out);
                p += known;
                personCue = false;
                continue;
            }
            if (lexicon.royalStyles.contains(t.text()) && p + 1 < b) {
                int stop = runEnd(text, tokens, p + 1, b);
                classifier.classify(text, tokens, p, stop, true, sentence, out);
                p = stop;
                personCue = false;
                continue;
            }
            int title = names.titleLength(text, tokens, p, b);
            if (title > 0 && (p + title < b || p == a)) {
                personCue = true;
                p += title;
                continue;
            }
            if (known == 1 && namesDistrict(text, tokens, p + 1, b)) {
                classifier.classifyDistrict(text, tokens, p, sentence, out);
                p += 2;
                personCue = false;
                continue;
            }
            if (known == 1 && (p + 1 == b || startsTitle(text, tokens, p + 1, b)
                    || names.knownLength(text, tokens, p + 1, b) > 0 || nationalities.demonymLength(tokens, p + 1, b) > 0
                    || (!isGivenName(t.text()) && words.isPlainWord(tokens.get(p + 1).text())))) {
                classifier.classify(text, tokens, p, p + 1, false, sentence, out);
                p++;
                personCue = false;
                continue;
            }
            int stop = runEnd(text, tokens, p, b);
            int demonym = nationalities.demonymLength(tokens, p, stop);
            if (demonym > 0 && p + demonym < b && nationalities.isParty(text, tokens, p + demonym, b)) {
                int partyEnd = p + demonym + names.knownLength(text, tokens, p + demonym, b);
                classifier.classifyOrganization(text, tokens, p, partyEnd, sentence, out); // "Scottish Labour Party"
                p = partyEnd;
                continue;
            }
            if (demonym > 0 && (!lexicon.orgSuffixes.contains(tokens.get(stop - 1).text())
                    || nationalities.isStateBody(tokens, p + demonym, stop))) {
                p += demonym;
                continue;
            }
            classifier.classify(text, tokens, p, stop, personCue, sentence, out);
            personCue = false;
            p = stop;
        }
    }

    /** A compass word after a known place, ending the name: the constituency "Dunfermline East". */
    private boolean namesDistrict(String text, List<Token> tokens, int compass, int b) {
        if (compass >= b || !COMPASS.contains(tokens.get(compass).text())
                || lexicon.firstNames.contains(tokens.get(compass - 1).text())) { // "Kanye West" is a person
            return false;
        }
        int next = compass + 1;
        return next == b || lexicon.nonEntities.contains(tokens.get(next).text())
                || names.titleLength(text, tokens, next, b) > 0;
    }

    /**
     * A small town's name that is also a given name opens a person's name even before a common word: "David
     * Seaman", "Bryan Ferry"; a country or a big city does not ("London Marathon", "Scotland Yard").
     */
    private boolean isGivenName(String word) {
        if (!lexicon.firstNames.contains(word)) {
            return false;
        }
        Place place = names.place(word);
        return place != null && place.kind() == Place.Kind.CITY && place.population() < SMALL_TOWN_POPULATION;
    }

    private boolean startsTitle(String text, List<Token> tokens, int p, int b) {
        return p < b && names.titleLength(text, tokens, p, b) > 0;
    }

    /** End of a name run: before a title that precedes a name, or before a multi-word known name. */
    private int runEnd(String text, List<Token> tokens, int p, int b) {
        int q = p + 1;
        while (q < b) {
            int title = names.titleLength(text, tokens, q, b);
            if ((title > 0 && q + title < b) || names.knownLength(text, tokens, q, b) >= 2) {
                break;
            }
            q++;
        }
        return q;
    }
}

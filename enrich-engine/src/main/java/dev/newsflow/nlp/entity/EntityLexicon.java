package dev.newsflow.nlp.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word knowledge behind entity recognition: given names and common words (generated from licensed
 * packages), and the hand-curated titles, demonyms, organisation and place cue words and well-known
 * organisations. Immutable once loaded.
 */
final class EntityLexicon {

    final Set<String> firstNames;
    /** Given names and surnames ("Smith", "Nguyen"). */
    final Set<String> personNames;
    /** Lower-case common English words, as listed. */
    final List<String> commonWords;
    /** Demonyms of one or two words ("French", "South African"). */
    final Set<String> demonyms;
    /** The demonyms of sovereign states only ("British", not "Scottish" or "European"). */
    final Set<String> nationalDemonyms;
    final Set<String> nonEntities;
    final Set<String> titleHeads;
    final Set<String> titleModifiers;
    final Set<String> honorifics;
    final Set<String> royalStyles;
    /** Multi-word titles, words joined by one space ("Secretary of State"). */
    final Set<String> titlePhrases;
    final Set<String> orgSuffixes;
    /** Legal forms ("Ltd", "GmbH", "KG"), which are also {@link #orgSuffixes}: the one list the repairs share. */
    final Set<String> legalForms;
    final Set<String> orgPrefixes;
    final Set<String> locSuffixes;
    /** Last words of names that are never entities (agreements, events, awards, diseases). */
    final Set<String> nonEntitySuffixes;
    /** First words of names that are never entities (storms, military operations): "Hurricane Mitch". */
    final Set<String> nonEntityPrefixes;
    final Set<String> locPrefixes;
    /** Lower-case nouns before "of" that make the name after it a place: "the city of ...". */
    final Set<String> placeNouns;
    /** Lower-case words for a place's people, office or streets before "of": "the mayor of ..." (PlaceOfPeople). */
    final Set<String> placePeople;
    /** Lower-case nouns right before a name that make it a work: "the film ...", "the novel ...". */
    final Set<String> workNouns;
    /** Lower-case nouns right before a name that make it an organisation: "water firm ...", "rock band ...". */
    final Set<String> organizationNouns;
    /** Lower-case words right after a name that make it an organisation: "... spokesman". */
    final Set<String> organizationFollowers;
    /** Lower-case members of a band: after a name or before "of" they make it a band ("... frontman"). */
    final Set<String> bandRoles;
    /** Lower-case jobs before at/for/with that make the name after them an employer: "a director at ..." */
    final Set<String> employerRoles;
    /** Jobs in finance whose at/for/with names a business even where a place was guessed: "a trader at ..." */
    final Set<String> businessRoles;
    /** Jobs whose "of" names the body they lead or speak for: "the chairman of ...". */
    final Set<String> ofRoles;
    /** Lower-case nouns for kinds of body right before a name the tagger mistyped: "technology analysts ...". */
    final Set<String> bodyNouns;
    /** Bodies every state has; a nationality before them is a modifier, not part of the name ("Foreign Ministry"). */
    final Set<String> stateBodies;
    /** Last words of a business's full name, beside the legal forms, whose first words name it too ("... Energy"). */
    final Set<String> firmEndings;
    /** Every name of a well-known organisation, exact case, to the organisation's first-listed name. */
    final Map<String, String> organizations;
    /** Every name of a sports club to the club's first-listed name; names that are places need a sports article. */
    final Map<String, String> clubs;
    /** Lower-case words that make an article one about sport ("striker", "midfielder"). */
    final Set<String> sportWords;
    /** The same in lower case, for all-caps headlines. */
    final Map<String, String> organizationsLowerCase;
    /** First words of multi-word organisation names and title phrases ("Bank", "Secretary"). */
    final Set<String> longNameFirstWords;
    /** Lower-case lead-in words of title phrases ("president" in "former president Jimmy Carter"). */
    final Set<String> lowerCaseTitles;

    /** The common words and the vocabulary, in one table ({@link #isKnownWord}, {@link #isCommonWord}). */
    private final KnownWords knownWords;

    private EntityLexicon() {
        firstNames = WordLists.words("first-names.txt");
        personNames = WordLists.words("person-names.txt");
        commonWords = WordLists.wordList("common-words.txt");
        knownWords = new KnownWords(commonWords, WordLists.wordList("vocabulary.txt"));
        nonEntities = WordLists.words("non-entities.txt");
        nationalDemonyms = Set.copyOf(WordLists.lines("demonyms-generated.txt"));
        demonyms = new HashSet<>(nationalDemonyms);
        demonyms.addAll(WordLists.words("demonyms.txt"));
        List<String> titles = WordLists.lines("titles.txt");
        titleHeads = WordLists.tagged(titles, "head");
        titleModifiers = WordLists.tagged(titles, "modifier");
        honorifics = WordLists.tagged(titles, "honorific");
        royalStyles = WordLists.tagged(titles, "royal");
        titlePhrases = new HashSet<>();
        for (String line : titles) {
            if (line.startsWith("phrase ")) {
                titlePhrases.add(line.substring("phrase ".length()).strip());
            }
        }
        lowerCaseTitles = new HashSet<>();
        for (String head : titleHeads) {
            lowerCaseTitles.add(head.toLowerCase(Locale.ROOT));
        }
        List<String> orgCues = WordLists.lines("org-cues.txt");
        legalForms = WordLists.tagged(orgCues, "legal");
        orgSuffixes = new HashSet<>(legalForms);
        orgSuffixes.addAll(WordLists.tagged(orgCues, "suffix"));
        orgPrefixes = WordLists.tagged(orgCues, "prefix");
        nonEntitySuffixes = WordLists.tagged(orgCues, "none");
        nonEntityPrefixes = WordLists.tagged(orgCues, "none-prefix");
        List<String> locCues = WordLists.lines("loc-cues.txt");
        locSuffixes = WordLists.tagged(locCues, "suffix");
        locPrefixes = WordLists.tagged(locCues, "prefix");
        placeNouns = WordLists.tagged(locCues, "noun-of");
        placePeople = WordLists.tagged(locCues, "people-of");
        workNouns = WordLists.tagged(orgCues, "work-noun");
        organizationNouns = WordLists.tagged(orgCues, "noun");
        organizationFollowers = WordLists.tagged(orgCues, "follower");
        stateBodies = WordLists.tagged(orgCues, "state-body");
        firmEndings = WordLists.tagged(orgCues, "firm-ending");
        bandRoles = WordLists.tagged(orgCues, "band-role");
        employerRoles = WordLists.tagged(orgCues, "employer-role");
        businessRoles = WordLists.tagged(orgCues, "business-role");
        ofRoles = WordLists.tagged(orgCues, "of-role");
        bodyNouns = WordLists.tagged(orgCues, "body-noun");
        longNameFirstWords = new HashSet<>();
        organizations = new HashMap<>();
        organizationsLowerCase = new HashMap<>();
        for (String line : WordLists.lines("organizations.txt")) {
            String[] names = line.split("\\|");
            for (String name : names) {
                organizations.putIfAbsent(name.strip(), names[0].strip());
                organizationsLowerCase.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), names[0].strip());
            }
        }
        clubs = new HashMap<>();
        for (String line : WordLists.lines("sports-clubs.txt")) {
            String[] names = line.split("\\|");
            for (String name : names) {
                clubs.putIfAbsent(name.strip(), names[0].strip());
            }
        }
        sportWords = WordLists.words("sport-words.txt");
        longNameFirstWords.addAll(firstWords(organizations.keySet()));
        longNameFirstWords.addAll(firstWords(clubs.keySet()));
        longNameFirstWords.addAll(firstWords(titlePhrases));
    }

    private static Set<String> firstWords(Iterable<String> names) {
        Set<String> first = new HashSet<>();
        for (String name : names) {
            int space = name.indexOf(' ');
            if (space > 0) {
                first.add(name.substring(0, space));
            }
        }
        return first;
    }

    static EntityLexicon load() {
        return new EntityLexicon();
    }

    /** A nationality or demonym, also in the plural ("Zambians") or closing a compound ("anti-American"). */
    boolean isDemonym(String word) {
        if (demonyms.contains(word)) {
            return true;
        }
        int hyphen = word.lastIndexOf('-');
        if (hyphen > 0 && hyphen < word.length() - 1) {
            return isDemonym(word.substring(hyphen + 1));
        }
        return word.length() > 3 && word.endsWith("s") && demonyms.contains(word.substring(0, word.length() - 1));
    }

    /** An English word in any of the word lists, common or not. */
    boolean isKnownWord(String word) {
        return knownWords.isKnownWord(word);
    }

    /** The name ends in an organisation's word of the lists, a suffix or a legal form: "... Hospital", "... Corp". */
    boolean endsInOrganizationWord(String name) {
        return orgSuffixes.contains(NameShapes.lastWord(name));
    }

    boolean isCommonWord(String word) {
        return knownWords.isCommonWord(word);
    }
}

package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.tagger.WordClusters;
import dev.newsflow.nlp.text.Token;

import java.util.Collection;
import java.util.List;

/**
 * What the name lists say about one word, as the bits the tagger reads ({@link TaggerFeatures}): folded into one
 * table at load (the one the rule finder's {@link KnownNames} reads: {@link ListedWords}), so a word costs one probe
 * instead of one per list (sixteen lists, the gazetteer's 80,000 names among them). The table also holds each listed
 * word's common-word bit, and the lower-case and capitalised forms of the common words, so that the words of running text ("the", "Said") need no second, case-folded probe into the
 * common words (that probe was half of this class's time). Immutable, thread-safe.
 */
final class ListFlags {

    static final int COUNT = 16;
    static final int FIRST_NAME = 1;
    static final int PERSON_NAME = 1 << 1;
    static final int COMMON_WORD = 1 << 2;
    static final int DEMONYM = 1 << 3;
    static final int TITLE = 1 << 4;
    static final int TITLE_MODIFIER = 1 << 5;
    static final int ORG_SUFFIX = 1 << 6;
    static final int LOC_SUFFIX = 1 << 7;
    static final int ORG_PREFIX = 1 << 8;
    static final int LOC_PREFIX = 1 << 9;
    static final int NON_ENTITY = 1 << 10;
    static final int PLACE = 1 << 11;
    static final int ORGANIZATION = 1 << 12;
    static final int LOWER_CASE_TITLE = 1 << 13;
    static final int WORK_OR_ORG_NOUN = 1 << 14;
    static final int PLACE_NOUN_OR_FOLLOWER = 1 << 15;
    /** The bits of this class in the shared table (the rule finder's are above them). */
    private static final int ALL = (1 << COUNT) - 1;
    /** The lists of lower-case words; a capitalised word is looked up in the others only. */
    private static final int LOWER_CASE_LISTS = LOWER_CASE_TITLE | WORK_OR_ORG_NOUN | PLACE_NOUN_OR_FOLLOWER;

    private final EntityLexicon lexicon;
    private final ListedWords words;

    /** The lists' bits are in {@code names}'s table ({@link #addLists}). */
    ListFlags(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        this.words = names.words();
    }

    /**
     * Or-s the lists' flags into {@code table}, and then the common-word bit into every word it holds, also the words
     * others added: a word in the table is never looked up again in the common words.
     */
    static void addLists(FlagTable.Builder table, EntityLexicon lexicon, Collection<String> places) {
        table.or(lexicon.firstNames, FIRST_NAME);
        table.or(lexicon.personNames, PERSON_NAME);
        table.or(lexicon.demonyms, DEMONYM);
        table.or(lexicon.titleHeads, TITLE);
        table.or(lexicon.honorifics, TITLE);
        table.or(lexicon.titleModifiers, TITLE_MODIFIER);
        table.or(lexicon.orgSuffixes, ORG_SUFFIX);
        table.or(lexicon.locSuffixes, LOC_SUFFIX);
        table.or(lexicon.orgPrefixes, ORG_PREFIX);
        table.or(lexicon.locPrefixes, LOC_PREFIX);
        table.or(lexicon.nonEntities, NON_ENTITY);
        table.or(lexicon.nonEntitySuffixes, NON_ENTITY);
        table.or(places, PLACE);
        table.or(lexicon.organizations.keySet(), ORGANIZATION);
        table.or(lexicon.clubs.keySet(), ORGANIZATION);
        table.or(lexicon.lowerCaseTitles, LOWER_CASE_TITLE);
        table.or(lexicon.workNouns, WORK_OR_ORG_NOUN);
        table.or(lexicon.organizationNouns, WORK_OR_ORG_NOUN);
        table.or(lexicon.placeNouns, PLACE_NOUN_OR_FOLLOWER);
        table.or(lexicon.organizationFollowers, PLACE_NOUN_OR_FOLLOWER);
        for (String word : lexicon.commonWords) {
            table.or(word, 0);
            if (!word.isEmpty()) {
                table.or(Character.toUpperCase(word.charAt(0)) + word.substring(1), 0);
            }
        }
        table.orWhere(lexicon::isCommonWord, COMMON_WORD);
    }

    /** {@link EntityLexicon#isCommonWord} of {@code word}, whose {@link ListedWords} flags are {@code listed}. */
    static boolean isCommonWord(EntityLexicon lexicon, int listed, String word) {
        return (listed & ListedWords.UNLISTED) != 0 ? lexicon.isCommonWord(word) : (listed & COMMON_WORD) != 0;
    }

    /** The clusters whose paths {@link #pathAt} answers. */
    WordClusters clusters() {
        return words.clusters();
    }

    /** {@link ListedWords#pathAt}: token {@code i}'s cluster path when its look-up here brought it along. */
    int pathAt(List<Token> tokens, int i) {
        return words.pathAt(tokens, i);
    }

    /** The flags of token {@code i}'s word. */
    int at(List<Token> tokens, int i) {
        String word = tokens.get(i).text();
        int listed = words.at(tokens, i);
        int flags = listed & ALL & ~COMMON_WORD; // none for a word not listed
        int common = isCommonWord(lexicon, listed, word) ? COMMON_WORD : 0;
        if (!Character.isUpperCase(word.charAt(0))) {
            return (flags & LOWER_CASE_LISTS) | common;
        }
        flags &= ~LOWER_CASE_LISTS;
        if ((flags & DEMONYM) == 0 && (word.indexOf('-') > 0 || word.endsWith("s")) && lexicon.isDemonym(word)) {
            flags |= DEMONYM; // "Franco-American", "Kenyans"
        }
        return flags | common;
    }
}

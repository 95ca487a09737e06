package dev.newsflow.nlp.entity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What the name lists say about one word, as the bits the tagger reads ({@link TaggerFeatures}): folded into one
 * table at load, so a word costs one probe instead of one per list (sixteen lists, the gazetteer's 80,000 names
 * among them). The table also holds each listed word's common-word bit, and the lower-case and capitalised forms of
 * the common words, so that the words of running text ("the", "Said") need no second, case-folded probe into the
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
    /** The lists of lower-case words; a capitalised word is looked up in the others only. */
    private static final int LOWER_CASE_LISTS = LOWER_CASE_TITLE | WORK_OR_ORG_NOUN | PLACE_NOUN_OR_FOLLOWER;

    private final EntityLexicon lexicon;
    private final FlagTable table;

    ListFlags(EntityLexicon lexicon, KnownNames names) {
        this.lexicon = lexicon;
        Map<String, Integer> table = new HashMap<>(1 << 19);
        mark(table, lexicon.firstNames, FIRST_NAME);
        mark(table, lexicon.personNames, PERSON_NAME);
        mark(table, lexicon.demonyms, DEMONYM);
        mark(table, lexicon.titleHeads, TITLE);
        mark(table, lexicon.honorifics, TITLE);
        mark(table, lexicon.titleModifiers, TITLE_MODIFIER);
        mark(table, lexicon.orgSuffixes, ORG_SUFFIX);
        mark(table, lexicon.locSuffixes, LOC_SUFFIX);
        mark(table, lexicon.orgPrefixes, ORG_PREFIX);
        mark(table, lexicon.locPrefixes, LOC_PREFIX);
        mark(table, lexicon.nonEntities, NON_ENTITY);
        mark(table, lexicon.nonEntitySuffixes, NON_ENTITY);
        mark(table, names.placeNames(), PLACE);
        mark(table, lexicon.organizations.keySet(), ORGANIZATION);
        mark(table, lexicon.clubs.keySet(), ORGANIZATION);
        mark(table, lexicon.lowerCaseTitles, LOWER_CASE_TITLE);
        mark(table, lexicon.workNouns, WORK_OR_ORG_NOUN);
        mark(table, lexicon.organizationNouns, WORK_OR_ORG_NOUN);
        mark(table, lexicon.placeNouns, PLACE_NOUN_OR_FOLLOWER);
        mark(table, lexicon.organizationFollowers, PLACE_NOUN_OR_FOLLOWER);
        for (String word : lexicon.commonWords) {
            table.putIfAbsent(word, 0);
            if (!word.isEmpty()) {
                table.putIfAbsent(Character.toUpperCase(word.charAt(0)) + word.substring(1), 0);
            }
        }
        table.replaceAll((word, flags) -> flags | (lexicon.isCommonWord(word) ? COMMON_WORD : 0));
        this.table = new FlagTable(table);
    }

    private static void mark(Map<String, Integer> table, Collection<String> words, int flag) {
        for (String word : words) {
            table.merge(word, flag, (a, b) -> a | b);
        }
    }

    int of(String word) {
        int listed = table.get(word);
        int flags = listed == FlagTable.ABSENT ? 0 : listed & ~COMMON_WORD;
        int common = listed == FlagTable.ABSENT ? lexicon.isCommonWord(word) ? COMMON_WORD : 0 : listed & COMMON_WORD;
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

package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;

/**
 * Types the names nothing in the article typed, from their shape alone: given names and surnames make a
 * person, title-cased common words make no entity at all, anything else is most often an organisation.
 */
final class ShapeTyping {

    private final EntityLexicon lexicon;

    ShapeTyping(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Untyped names: two or three capitalised words are most often a person, a single word an organisation. */
    EntityType guess(EntityGroup group) {
        Mention full = group.fullest();
        if (full.text().isBlank()) {
            return null;
        }
        if (full.words() >= 2) {
            // the text is the source's own, so words may be apart by more than one space, a tab or a line break
            String[] words = full.text().strip().split("\\s+");
            boolean allCommon = true;
            for (String word : words) {
                allCommon &= lexicon.isCommonWord(word) || !Character.isUpperCase(word.charAt(0));
            }
            if (allCommon) {
                return null; // title-cased phrases of common words are works, events or slogans
            }
            boolean personal = lexicon.firstNames.contains(words[0]) || lexicon.personNames.contains(words[words.length - 1])
                    || noneKnown(words);
            return personal && words.length <= 3 ? EntityType.PERSON : EntityType.ORGANIZATION;
        }
        if (lexicon.firstNames.contains(full.text())) {
            return EntityType.PERSON;
        }
        return lexicon.isCommonWord(full.text()) ? null : EntityType.ORGANIZATION;
    }

    /**
     * "Kalusha Bwalya": two words, neither an English word, a nationality, an initial nor an acronym, as in
     * most people's names; firms this unknown mostly carry a cue word instead.
     */
    private boolean noneKnown(String[] words) {
        if (words.length != 2) {
            return false;
        }
        for (String word : words) {
            if (lexicon.isKnownWord(word) || lexicon.isDemonym(word) || NameShapes.isAllCaps(word) || !isPlainName(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlainName(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c) || c == '.' || c == '&') {
                return false;
            }
        }
        return true;
    }
}

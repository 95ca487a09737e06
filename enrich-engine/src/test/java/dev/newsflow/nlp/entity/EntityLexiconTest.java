package dev.newsflow.nlp.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The common words and the vocabulary share one table; what each list answers must stay apart. */
class EntityLexiconTest {

    private static final EntityLexicon LEXICON = EntityLexicon.load();

    @Test
    void aCommonWordIsCommonAndKnownInAnyCase() {
        for (String word : new String[] {"the", "The", "THE", "zebra", "Zebra"}) {
            assertThat(LEXICON.isCommonWord(word)).as(word).isTrue();
            assertThat(LEXICON.isKnownWord(word)).as(word).isTrue();
        }
    }

    @Test
    void aVocabularyWordIsKnownButNotCommon() {
        for (String word : new String[] {"abalone", "Abalone", "ABAFT"}) {
            assertThat(LEXICON.isKnownWord(word)).as(word).isTrue();
            assertThat(LEXICON.isCommonWord(word)).as(word).isFalse();
        }
    }

    @Test
    void aWordOfNeitherListIsNeither() {
        for (String word : new String[] {"Qzxvbl", "zébra", "th"}) {
            assertThat(LEXICON.isKnownWord(word)).as(word).isFalse();
            assertThat(LEXICON.isCommonWord(word)).as(word).isFalse();
        }
    }
}

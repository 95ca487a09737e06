package dev.newsflow.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleIdTest {

    @Test
    void sameContentGivesSameIdWhateverTheLayout() {
        String id = ArticleId.of("Storm closes port", "Ships waited offshore.\n\nThe port reopened at noon.");

        assertThat(ArticleId.of("  Storm closes port ", "Ships waited offshore.\r\n\r\nThe port   reopened at noon.\n"))
                .isEqualTo(id);
        assertThat(ArticleId.of("STORM CLOSES PORT", "ships waited offshore. the port reopened at noon."))
                .isEqualTo(id);
    }

    @Test
    void compatibilityFormsOfTheSameCharactersGiveTheSameId() {
        assertThat(ArticleId.of("Café opens", "x")).isEqualTo(ArticleId.of("Cafe\u0301 opens", "x"));
    }

    @Test
    void differentWordsGiveDifferentIds() {
        assertThat(ArticleId.of("Storm closes port", "The port reopened at noon."))
                .isNotEqualTo(ArticleId.of("Storm closes port", "The port stayed shut."));
        assertThat(ArticleId.of("A", "B C")).isNotEqualTo(ArticleId.of("A B", "C"));
    }

    @Test
    void idIsThirtyTwoLowerCaseHexCharacters() {
        String id = ArticleId.of("t", "b");

        assertThat(id).matches("[0-9a-f]{32}");
        assertThat(ArticleId.isValid(id)).isTrue();
        assertThat(ArticleId.isValid("XYZ")).isFalse();
    }
}

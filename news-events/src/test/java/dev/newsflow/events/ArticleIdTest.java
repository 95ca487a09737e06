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

    @Test
    void idsDoNotChange() {
        // computed by the build before whitespace was collapsed without a regex: every consumer relies on an article
        // keeping its id, so these may never change (Java's \s only; NFKC spaces and the ends' Unicode whitespace)
        assertThat(ArticleId.of("Storm closes port", "Ships waited offshore.\n\nThe port reopened at noon."))
                .isEqualTo("50b4aedeb0e4453478fe6f6a1d8218b6");
        assertThat(ArticleId.of("\u000B Tab\tand\fform\rfeed \u000B", "a\u00A0b \u2028 c\u2028\u0085d\u3000e  \t\n"))
                .isEqualTo("6690286201ca66adc77a4898ba089852");
        assertThat(ArticleId.of("\u2003Em space title\u2003", "x\u200By \u1680z\r\n"))
                .isEqualTo("d2a219fc12d01fd6699e02b76780c6c0");
    }
}

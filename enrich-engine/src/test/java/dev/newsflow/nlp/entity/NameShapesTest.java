package dev.newsflow.nlp.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of a name are what lies between spaces and hyphens, as the resolver's acronym matching reads them. */
class NameShapesTest {

    @Test
    void initialsAreTheCapitalsOpeningTheWords() {
        assertThat(NameShapes.initials("International Monetary Fund")).isEqualTo("IMF");
        assertThat(NameShapes.initials("Anglo-American Mining Corp")).isEqualTo("AAMC");
        assertThat(NameShapes.initials("Bank of  England")).isEqualTo("BE");
        assertThat(NameShapes.initials("-Trade- Union-")).isEqualTo("TU");
    }

    @Test
    void aWordIsWholeBetweenSpacesAndHyphens() {
        assertThat(NameShapes.hasWord("EC Commission", "EC")).isTrue();
        assertThat(NameShapes.hasWord("Euro-EC Office", "EC")).isTrue();
        assertThat(NameShapes.hasWord("Commission of the EC", "EC")).isTrue();
        assertThat(NameShapes.hasWord("ECB Commission", "EC")).isFalse();
        assertThat(NameShapes.hasWord("Bank of ECB", "EC")).isFalse();
    }
}

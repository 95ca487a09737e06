package dev.newsflow.nlp.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpacesTest {

    /** Web titles and CMS text put no-break spaces where a writer typed a space; they separate words all the same. */
    @Test
    void noBreakSpacesAreSpacesAndMarksAreNot() {
        for (char space : new char[] {' ', '\t', '\n', '\u00A0', '\u202F', '\u2007', '\u2009'}) {
            assertThat(Spaces.isSpace(space)).as("U+%04X", (int) space).isTrue();
        }
        for (char other : new char[] {'a', '|', '-', '\u2013', '\u00B7', '\u200B'}) {
            assertThat(Spaces.isSpace(other)).as("U+%04X", (int) other).isFalse();
        }
    }
}

package dev.newsflow.formats.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CleanTextTest {

    @Test
    void aC1ControlIsTheWindows1252CharacterOfItsByte() {
        // what Don&#146;t in a feed and windows-1252 text read as Latin-1 both give
        assertThat(CleanText.of("Don\u0092t stop \u0096 \u0093now\u0094 \u0080 5")).isEqualTo("Don’t stop – “now” € 5");
    }

    @Test
    void aByteWindows1252LeavesUndefinedIsDroppedLikeOtherControls() {
        assertThat(CleanText.of("a\u0081b\u008Dc\u0090d\u009De\u007Ff\u0007g")).isEqualTo("abcdefg");
    }

    @Test
    void aByteOrderMarkInsideTheTextIsDropped() {
        assertThat(CleanText.of("\uFEFFHeadline with a mark\uFEFF inside")).isEqualTo("Headline with a mark inside");
    }

    @Test
    void lineFeedsTabsAndEveryOtherCharacterStay() {
        assertThat(CleanText.of("Zoë\tcafé\nÆsir ¡ ÿ")).isEqualTo("Zoë\tcafé\nÆsir ¡ ÿ");
    }
}

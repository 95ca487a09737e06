package dev.newsflow.formats.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast forms of what reading asks of every text node answer as the slow forms they replace: a lone surrogate
 * is not plain text ({@link PlainText}), white space runs as {@code \s+} replaced ({@link Spaces}), white space and
 * characters no text has as the JDK's character data says, for every char, and text of chars that cannot compose
 * ({@link CharTable}) NFC by the JDK's own check.
 */
class FastTextChecksTest {

    @Test
    void aLoneSurrogateIsNotPlainThoughItsBytesLookSo() {
        assertThat(PlainText.commas("Harbour, river and ferry\uD800 said")).isEqualTo(PlainText.NOT_PLAIN);
        assertThat(PlainText.commas("Harbour, river and ferry? said, later")).isEqualTo(2);
    }

    @Test
    void spacesCollapseAsTheRegexReplacesThem() {
        Pattern spaces = Pattern.compile("\\s+");
        for (String text : List.of("", " ", "a b", "a  b", " a\tb\n", "a\u000Bb\fc\rd", "a\u00A0 b", "  ", "a \n b ")) {
            assertThat(Spaces.collapsed(text)).as("[" + text + "]").isEqualTo(spaces.matcher(text).replaceAll(" "));
        }
    }

    @Test
    void textInAnotherScriptIsNotPlainWhereverItStarts() {
        assertThat(PlainText.commas("Паром, вышел")).isEqualTo(PlainText.NOT_PLAIN);
        assertThat(PlainText.commas("Ferry, left at nine: паром")).isEqualTo(PlainText.NOT_PLAIN);
        assertThat(PlainText.commas("Ferry, left, at nine")).isEqualTo(2);
    }

    @Test
    void whiteSpaceIsTheJdksOrTheNoBreakSpaceForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Spaces.isWhitespaceOrNoBreakSpace((char) c)).as("U+%04X", c)
                    .isEqualTo(Character.isWhitespace(c) || c == '\u00A0');
        }
    }

    @Test
    void charactersNoTextHasAreTheJdksUnassignedAndPrivateUseOnesControlsAndTheReplacementCharacter() {
        for (int c = 0x7F; c <= Character.MAX_VALUE; c++) {
            CharTally tally = new CharTally();
            tally.add(String.valueOf((char) c), 0, 1);
            int type = Character.getType(c);
            boolean notText = c <= 0x9F || c == 0xFFFD || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
            assertThat(tally.suspicious()).as("U+%04X", c).isEqualTo(notText ? 1 : 0);
        }
    }

    @Test
    void textOfCharsThatCannotComposeIsNfcByTheJdksOwnCheck() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (c <= Character.MAX_VALUE && Character.isSurrogate((char) c)) {
                continue;
            }
            String alone = Character.toString(c);
            String decomposed = Normalizer.normalize(alone, Normalizer.Form.NFD);
            // the chars that compose with one before them: every code point after the first of a canonical
            // decomposition (one beyond U+FFFF is a surrogate pair, and every surrogate may compose)
            int[] seconds = decomposed.codePoints().skip(1).toArray();
            for (int second : seconds) {
                char checked = Character.isBmpCodePoint(second) ? (char) second : Character.highSurrogate(second);
                assertThat(CharTable.mayCompose(checked)).as("U+%04X of U+%04X", second, c).isTrue();
            }
            if (c > Character.MAX_VALUE) {
                continue;
            }
            if (!CharTable.mayCompose((char) c)) {
                // NFC alone, and a starter: a mark of the highest combining class before it is not reordered
                assertThat(Normalizer.isNormalized(alone, Normalizer.Form.NFC)).as("U+%04X", c).isTrue();
                assertThat(Normalizer.isNormalized("\u0345" + alone, Normalizer.Form.NFC)).as("U+%04X", c).isTrue();
            }
        }
    }

    @Test
    void whatMayComposeIsChecked() {
        for (String text : List.of("e\u0301", "\uAC00\u11A8", "\u1100\u1161", "\u0B47\u0B3E", "\u212B",
                "a\uD83D\uDE00")) {
            CharTally tally = new CharTally();
            tally.add(text, 0, text.length());
            assertThat(tally.composable()).as(text).isTrue();
        }
        String cyrillic = "Паром вышел в море, её ждёт йод";
        CharTally tally = new CharTally();
        tally.add(cyrillic, 0, cyrillic.length());
        assertThat(tally.composable()).isFalse();
    }
}

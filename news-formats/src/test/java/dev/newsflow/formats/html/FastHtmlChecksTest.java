package dev.newsflow.formats.html;

import dev.newsflow.formats.text.PlainText;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast form of what reading asks of every text node answers as the slow form it replaces: plain text and its
 * commas as a character loop would ({@link PlainText}). Class names against alternatives: {@code AlternativesTest}.
 */
class FastHtmlChecksTest {

    @Test
    void plainTextAndItsCommasAsACharacterLoopCountsThem() {
        SplittableRandom random = new SplittableRandom(7);
        char[] alphabet = {'a', ' ', ',', '?', 'b', '.', '\n', '\t', '~', '\u007F', '\u00A0', 'é', '\uD800', '中'};
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int variety = 1 + random.nextInt(alphabet.length);
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet[random.nextInt(random.nextInt(10) < 8 ? Math.min(6, variety) : variety)]);
            }
            String s = text.toString();
            int expected = Paragraphs.isPlain(s) ? (int) s.chars().filter(c -> c == ',').count() : PlainText.NOT_PLAIN;
            assertThat(PlainText.commas(s)).as("[" + s + "]").isEqualTo(expected);
        }
    }
}

package dev.newsflow.formats.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast forms of what reading asks of every text node answer as the slow forms they replace: a lone surrogate
 * is not plain text ({@link PlainText}), white space runs as {@code \s+} replaced ({@link Spaces}).
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
}

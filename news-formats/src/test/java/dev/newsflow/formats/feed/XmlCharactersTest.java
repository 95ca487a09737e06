package dev.newsflow.formats.feed;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XmlCharactersTest {

    @Test
    void forbiddenCharactersAreDroppedAcrossEveryBufferFillAndPairsSurvive() throws IOException {
        String kept = "a".repeat(8191) + "\uD83D\uDE00" + "b".repeat(8190) + "\u0001" + "c";
        String text = kept.substring(0, 8191) + "\u000B" + kept.substring(8191, 8193) + "\u000C".repeat(9000)
                + kept.substring(8193);

        assertThat(readAll(new XmlCharacters(new Trickle(text)))).isEqualTo(kept.replace("\u0001", ""));
        assertThat(new XmlCharacters(new StringReader("\u0001\u0002")).read()).isEqualTo(-1);
    }

    @Test
    void referencesToForbiddenCharactersAreDroppedEvenWhereAReadCutsThem() throws IOException {
        String padding = "a".repeat(697);
        String text = padding + "&#11;x&#x0;y&#0008;z&#xFFFE;&#xD800;" + padding + "&#65;&#x263A;&#9;&amp;&#;&#12"
                + "&#99999999999999;";

        assertThat(readAll(new XmlCharacters(new Trickle(text)))).isEqualTo(padding + "xyz" + padding
                + "&#65;&#x263A;&#9;&amp;&#;&#12&#99999999999999;");
        assertThat(readAll(new XmlCharacters(new StringReader("&#1;")))).isEmpty();
        assertThat(readAll(new XmlCharacters(new StringReader("&#1")))).isEqualTo("&#1");
        assertThat(readAll(new XmlCharacters(new StringReader("&")))).isEqualTo("&");
    }

    @Test
    void aReaderThatGivesNoCharactersAndNoEndIsAnError() {
        Reader stuck = new Reader() {
            @Override
            public int read(char[] into, int offset, int length) {
                return 0;
            }

            @Override
            public void close() {
            }
        };

        assertThatThrownBy(() -> new XmlCharacters(stuck).read()).isInstanceOf(IOException.class);
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[1000];
        for (int read; (read = reader.read(buffer, 0, buffer.length)) >= 0; ) {
            assertThat(read).isPositive();
            out.append(buffer, 0, read);
        }
        return out.toString();
    }

    /** Hands out the text a few hundred chars at a time, as a decoding reader may. */
    private static final class Trickle extends Reader {

        private final String text;
        private int position;

        Trickle(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] into, int offset, int length) {
            if (position >= text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(length, 700), text.length() - position);
            text.getChars(position, position + n, into, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}

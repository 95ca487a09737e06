package dev.newsflow.formats.feed;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A feed's text without the characters XML 1.0 forbids anywhere (C0 controls other than tab, line feed and carriage
 * return; U+FFFE and U+FFFF). Feeds carry them from pasted text (a vertical tab, a form feed, Word's U+001A), and one
 * makes the whole document unparseable; dropped, as {@link dev.newsflow.formats.text.CleanText} drops them from any
 * article. A loop of our own because no XML parser has a setting to skip them. Binary data never gets here: the
 * decoder refuses text with a NUL or more than a few controls.
 */
final class XmlCharacters extends FilterReader {

    XmlCharacters(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c;
        do {
            c = in.read();
        } while (c >= 0 && !allowed((char) c));
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read;
        int kept;
        do {
            read = in.read(buffer, offset, length);
            kept = offset;
            for (int i = offset; i < offset + read; i++) {
                char c = buffer[i];
                if (allowed(c)) {
                    buffer[kept++] = c;
                }
            }
        } while (read > 0 && kept == offset);
        return read < 0 ? -1 : kept - offset;
    }

    static boolean allowed(char c) {
        return c >= 0x20 ? c < 0xFFFE : c == '\t' || c == '\n' || c == '\r';
    }
}

package dev.newsflow.formats.feed;

import java.io.IOException;
import java.io.Reader;

/**
 * A feed's text without the characters XML 1.0 forbids anywhere (C0 controls other than tab, line feed and carriage
 * return; U+FFFE and U+FFFF). Feeds carry them from pasted text (a vertical tab, a form feed, Word's U+001A), and one
 * makes the whole document unparseable; dropped, as {@link dev.newsflow.formats.text.CleanText} drops controls from
 * any article. A loop of our own because no XML parser has a setting to skip them. Binary data never gets here: the
 * decoder refuses text with a NUL or more than a few controls. Buffered, because Rome's healer reads one char at a
 * time.
 */
final class XmlCharacters extends Reader {

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;

    XmlCharacters(Reader in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        return position < limit || fill() ? buffer[position++] : -1;
    }

    @Override
    public int read(char[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position >= limit && !fill()) {
            return -1;
        }
        int n = Math.min(length, limit - position);
        System.arraycopy(buffer, position, into, offset, n);
        position += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** @return whether a character is there to read */
    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
            if (read == 0) {
                throw new IOException("a reader gave no characters and no end of text");
            }
            limit = 0;
            for (int i = 0; i < read; i++) {
                char c = buffer[i];
                if (allowed(c)) {
                    buffer[limit++] = c;
                }
            }
            position = 0;
        } while (read >= 0 && limit == 0);
        return limit > 0;
    }

    private static boolean allowed(char c) {
        return c >= 0x20 ? c < 0xFFFE : c == '\t' || c == '\n' || c == '\r';
    }
}

package dev.newsflow.formats.feed;

import java.io.IOException;
import java.io.Reader;

/**
 * A feed's text without the characters XML 1.0 forbids anywhere (C0 controls other than tab, line feed and carriage
 * return; U+FFFE and U+FFFF), written as themselves or as character references ({@code &#11;}, {@code &#x0;}, which
 * XML forbids as much). Feeds carry them from pasted text (a vertical tab, a form feed, Word's U+001A), and one makes
 * the whole document unparseable, every item lost; dropped, as {@link dev.newsflow.formats.text.CleanText} drops
 * controls from any article. A loop of our own because no XML parser has a setting to skip them. Binary data never
 * gets here: the decoder refuses text with a NUL or more than a few controls. Buffered, because Rome's healer reads
 * one char at a time; a reference cut by the end of a read is kept back for the next.
 */
final class XmlCharacters extends Reader {

    // "&#x0010FFFF;" is as long as a reference worth reading gets; a longer run of digits is left as it is
    private static final int LONGEST_REFERENCE = 12;
    private static final int CUT = -2;

    private final Reader in;
    private final char[] buffer = new char[8192];
    private final char[] carried = new char[LONGEST_REFERENCE];
    private int carriedLength;
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
            System.arraycopy(carried, 0, buffer, 0, carriedLength);
            read = in.read(buffer, carriedLength, buffer.length - carriedLength);
            if (read == 0) {
                throw new IOException("a reader gave no characters and no end of text");
            }
            int end = carriedLength + Math.max(read, 0);
            boolean more = read >= 0;
            carriedLength = 0;
            limit = 0;
            for (int i = 0; i < end; i++) {
                char c = buffer[i];
                if (c == '&') {
                    int reference = referenceEnd(buffer, i, end);
                    if (reference == CUT && more) {
                        carriedLength = end - i;
                        System.arraycopy(buffer, i, carried, 0, carriedLength);
                        break;
                    }
                    if (reference > i) {
                        i = reference; // a reference to a forbidden character: dropped with its ';'
                        continue;
                    }
                }
                if (allowed(c)) {
                    buffer[limit++] = c;
                }
            }
            position = 0;
        } while (read >= 0 && limit == 0);
        return limit > 0;
    }

    /**
     * Where the character reference at {@code at} ends (its ';') when it names a character XML forbids; {@link #CUT}
     * when the text ends before it can be told; -1 otherwise.
     */
    private static int referenceEnd(char[] text, int at, int end) {
        int i = at + 1;
        if (i == end) {
            return CUT;
        }
        if (text[i] != '#') {
            return -1;
        }
        i++;
        boolean hex = i < end && (text[i] == 'x' || text[i] == 'X');
        i += hex ? 1 : 0;
        long value = 0;
        int digits = 0;
        for (; i < end && i - at < LONGEST_REFERENCE; i++, digits++) {
            int digit = Character.digit(text[i], hex ? 16 : 10);
            if (digit < 0) {
                break;
            }
            value = value * (hex ? 16 : 10) + digit;
        }
        if (i == end) {
            return i - at < LONGEST_REFERENCE ? CUT : -1;
        }
        boolean forbidden = digits > 0 && text[i] == ';' && (value > Character.MAX_CODE_POINT
                || value < Character.MIN_SUPPLEMENTARY_CODE_POINT && !allowed((char) value)
                || value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE);
        return forbidden ? i : -1;
    }

    private static boolean allowed(char c) {
        return c >= 0x20 ? c < 0xFFFE : c == '\t' || c == '\n' || c == '\r';
    }
}

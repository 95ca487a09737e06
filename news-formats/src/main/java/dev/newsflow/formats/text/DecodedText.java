package dev.newsflow.formats.text;

import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A file's text as {@link TextDecoder} gives it. Most files are valid UTF-8 that decoding would not change (no
 * carriage return, nothing to compose): their text is kept as the bytes (for Latin text; for any script from 1 MB),
 * which a parser can read as it goes ({@link #reader()}). A string of the whole file is then made only when a
 * reader asks for one: for a page, the JDK builds it in two copies when one character is not ASCII (a UTF-16 one,
 * then a compacted one), a quarter of what reading the page allocates. Not thread-safe: one read uses it.
 */
public final class DecodedText {

    private final byte[] utf8;
    private final int length;
    private String text;

    private DecodedText(byte[] utf8, int length, String text) {
        this.utf8 = utf8;
        this.length = length;
        this.text = text;
    }

    public static DecodedText of(String text) {
        return new DecodedText(null, 0, text);
    }

    /** @param utf8 valid UTF-8 whose decoded text needs no change */
    static DecodedText ofUtf8(byte[] utf8) {
        return ofUtf8(utf8, utf8.length);
    }

    /** {@link #ofUtf8(byte[])} of the first {@code length} bytes. */
    static DecodedText ofUtf8(byte[] utf8, int length) {
        return new DecodedText(utf8, length, null);
    }

    public String text() {
        if (text == null) {
            text = new String(utf8, 0, length, StandardCharsets.UTF_8);
        }
        return text;
    }

    /** The text read in pieces: from the bytes when no string was made, so that none has to be. */
    public Reader reader() {
        return text != null ? new StringReader(text) : new Utf8Reader(utf8, length);
    }

    /**
     * UTF-8 decoded straight into the caller's buffer: an {@code InputStreamReader} copies the bytes once more into a
     * buffer of its own first.
     */
    private static final class Utf8Reader extends Reader {

        private final ByteBuffer in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        // the caller's buffer as last wrapped: a parser reads into the same one each time, in small pieces
        private CharBuffer out;
        // a character outside the Basic Multilingual Plane is two chars: its second, when there was room for one
        private int pendingLowSurrogate = -1;

        Utf8Reader(byte[] utf8, int length) {
            in = ByteBuffer.wrap(utf8, 0, length);
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (pendingLowSurrogate >= 0) {
                buffer[offset] = (char) pendingLowSurrogate;
                pendingLowSurrogate = -1;
                return 1;
            }
            if (!in.hasRemaining()) {
                return -1;
            }
            if (out == null || out.array() != buffer) {
                out = CharBuffer.wrap(buffer);
            }
            out.limit(offset + length).position(offset);
            decoder.decode(in, out, true);
            int read = out.position() - offset;
            if (read == 0) {
                // valid UTF-8: only a surrogate pair does not fit in the one char there was room for
                CharBuffer pair = CharBuffer.allocate(2);
                decoder.decode(in, pair, true);
                if (pair.position() != 2) {
                    throw new IllegalStateException("not the valid UTF-8 this text was made of");
                }
                buffer[offset] = pair.get(0);
                pendingLowSurrogate = pair.get(1);
                return 1;
            }
            return read;
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}

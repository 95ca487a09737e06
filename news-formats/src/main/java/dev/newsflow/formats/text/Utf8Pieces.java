package dev.newsflow.formats.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * UTF-8 in any script checked as it is decoded, a piece at a time, so that text which decoding would not change is
 * kept as its bytes ({@link DecodedText}). {@link TextDecoder}'s byte scan covers Latin text; without this, a bulk
 * file in Cyrillic, Greek or Chinese became one string first, and the JDK makes a UTF-16 string of UTF-8 in a buffer
 * of twice the byte count: a 100 MB JSON Lines export needed 300 MB beside its bytes. The readers that parse as
 * they decode (JSON, JSON Lines, HTML's parser, Rome for feeds) then never make that string; Markdown and plain text,
 * one article each, still ask for it, and for them this is one decoding more. Each piece ends before an ASCII
 * character or a CJK ideograph: nothing composes with the text before such a character, so NFC of the whole is NFC
 * of the pieces.
 */
final class Utf8Pieces {

    /**
     * The size from which a file's text is checked in pieces. Below it the whole-file string is small, and making it
     * first is cheaper: a page is parsed from one string anyway, so checking its pieces first costs a second decoding
     * (pages in Cyrillic read slower when every page was: {@code ReadingAb ... cyrillic} in BENCHMARKS.md).
     */
    static final int WORTH_IT = 1024 * 1024;
    static final int PIECE = 16 * 1024;

    private Utf8Pieces() {
    }

    /**
     * @return the text kept as the bytes (their CR LF and CR made LF), or null when it has to be made a string: not
     *         strictly UTF-8, a byte order mark or a NUL (which the charset sniffer reads, UTF-16 say), a piece that
     *         is not NFC, or a piece of {@value #PIECE} chars with nowhere to end it
     * @throws dev.newsflow.formats.FormatException when it is valid UTF-8 of binary data
     */
    static DecodedText keptAsBytes(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer piece = CharBuffer.allocate(PIECE);
        CharTally tally = new CharTally();
        for (boolean end = false; !end; ) {
            CoderResult result = decoder.decode(in, piece, true);
            if (result.isError()) {
                return null;
            }
            end = result.isUnderflow();
            if (end) {
                decoder.flush(piece); // the JDK's UTF-8 decoder holds nothing back: this writes nothing
            }
            piece.flip();
            int checked = end ? piece.limit() : lastBoundary(piece);
            if (checked == 0 && !end) {
                return null;
            }
            tally.add(piece, 0, checked);
            if (tally.nul() || tally.composable() && !Normalizer.isNormalized(piece.subSequence(0, checked),
                    Normalizer.Form.NFC)) {
                return null;
            }
            tally.composed();
            piece.position(checked).compact();
        }
        TextDecoder.checkNotBinary(tally.suspicious(), tally.chars());
        return tally.carriageReturn() ? LineFeeds.of(bytes) : DecodedText.ofUtf8(bytes);
    }

    /** Where the last piece that can be checked alone ends: before its last ASCII char or CJK ideograph, else 0. */
    private static int lastBoundary(CharBuffer piece) {
        for (int i = piece.limit() - 1; i > 0; i--) {
            char c = piece.get(i);
            if (c < 0x80 || c >= '\u4E00' && c <= '\u9FFF') {
                return i;
            }
        }
        return 0;
    }
}

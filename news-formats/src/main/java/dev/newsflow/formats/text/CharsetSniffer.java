package dev.newsflow.formats.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The character set of a file, in the order the XML specification (appendix F) and the HTML standard give: a byte
 * order mark; for XML, the byte pattern of its first {@code <} (UTF-16 and UTF-32 without a BOM); valid UTF-8, or
 * UTF-8 with a few stray windows-1252 bytes ({@link Utf8WithStrayBytes}); the charset the file declares
 * ({@code <?xml encoding>}, {@code <meta charset>}); Mozilla's statistical detector; windows-1252. Seven-bit text
 * that designates character sets by ISO 2022 escapes is in the ISO-2022 charset it declares. Valid UTF-8 beats a
 * declaration because legacy text is almost never valid UTF-8 by accident, while pages saved from a browser as UTF-8
 * often keep their old declaration. Rome's {@code XmlReader} is not used: it
 * knows no UTF-32 and reads streams, where this sees the whole file and also serves HTML and plain text.
 */
final class CharsetSniffer {

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset EBCDIC = Charset.forName("IBM037");
    private static final int SPACE_WINDOW = 1024;

    /** @param skip the length of the byte order mark, which is not text */
    private record Sniffed(Charset charset, int skip) {
    }

    /** @param utf8 the text is all of the file's bytes read as valid UTF-8, so their checks can run on the bytes */
    record Decoded(String text, boolean utf8) {
    }

    private CharsetSniffer() {
    }

    /** The text of {@code b}, without its byte order mark. */
    static Decoded decode(byte[] b) {
        Optional<Sniffed> sniffed = byteOrderMark(b).or(() -> utf16Or32Markup(b).map(c -> new Sniffed(c, 0)));
        if (sniffed.isPresent()) {
            int skip = sniffed.get().skip();
            return new Decoded(new String(b, skip, b.length - skip, sniffed.get().charset()), false);
        }
        // The JDK's lenient decoding is far faster than a strict decoder; only a replacement character in its
        // result (rare in real UTF-8 text) needs the strict check.
        String utf8 = new String(b, StandardCharsets.UTF_8);
        if (utf8.indexOf('\uFFFD') < 0 || isUtf8(b)) {
            // ISO-2022-JP (and -KR, -CN) is seven-bit, so valid UTF-8 too: all ASCII, an escape that designates its
            // character set (ESC $ B, ESC $ ) C), which UTF-8 text does not write, and the file's declaration tell it
            // apart. An ANSI colour code in a UTF-8 page with a stale declaration is none
            Optional<Charset> stateful = utf8.length() != b.length || !designatesCharacterSet(utf8) ? Optional.empty()
                    : LegacyCharset.declaredIn(b, StandardCharsets.ISO_8859_1)
                            .filter(charset -> charset.name().startsWith("ISO-2022"));
            return stateful.map(charset -> new Decoded(new String(b, charset), false))
                    .orElseGet(() -> new Decoded(utf8, true));
        }
        String mixed = Utf8WithStrayBytes.decode(b);
        return new Decoded(mixed != null ? mixed : new String(b, LegacyCharset.of(b)), false);
    }

    /** An ISO 2022 designation escape: ESC, then {@code $} (a multi-byte set) or {@code (} (a single-byte one). */
    private static boolean designatesCharacterSet(String text) {
        for (int i = text.indexOf('\u001B'); i >= 0 && i + 1 < text.length(); i = text.indexOf('\u001B', i + 1)) {
            char next = text.charAt(i + 1);
            if (next == '$' || next == '(') {
                return true;
            }
        }
        return false;
    }

    private static Optional<Sniffed> byteOrderMark(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new Sniffed(StandardCharsets.UTF_8, 3));
        }
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of(new Sniffed(UTF_32BE, 4));
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of(new Sniffed(UTF_32LE, 4));
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return Optional.of(new Sniffed(StandardCharsets.UTF_16BE, 2));
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return Optional.of(new Sniffed(StandardCharsets.UTF_16LE, 2));
        }
        return Optional.empty();
    }

    /** Markup that starts with {@code <} tells its encoding family by where the zero bytes are. */
    private static Optional<Charset> utf16Or32Markup(byte[] b) {
        if (b.length < 4) {
            return Optional.empty();
        }
        if (startsWith(b, 0x00, 0x00, 0x00, 0x3C)) {
            return Optional.of(UTF_32BE);
        }
        if (startsWith(b, 0x3C, 0x00, 0x00, 0x00)) {
            return Optional.of(UTF_32LE);
        }
        if (b[0] == 0 && b[1] == 0x3C && b[2] == 0) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b[0] == 0x3C && b[1] == 0 && b[3] == 0) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (b[0] == 0 || isSpace(b[0])) {
            Optional<Charset> afterSpace = markupAfterSpace(b);
            if (afterSpace.isPresent()) {
                return afterSpace;
            }
        }
        if (startsWith(b, 0x4C, 0x6F, 0xA7, 0x94)) {
            return Optional.of(LegacyCharset.declaredIn(b, EBCDIC).orElse(EBCDIC));
        }
        return Optional.empty();
    }

    /**
     * XML without a declaration may open with white space before its root ({@code "\n<rss"}): the same byte
     * patterns, read a code unit at a time past that white space.
     */
    private static Optional<Charset> markupAfterSpace(byte[] b) {
        for (Charset charset : List.of(UTF_32BE, UTF_32LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
            int width = charset == UTF_32BE || charset == UTF_32LE ? 4 : 2;
            boolean bigEndian = charset == UTF_32BE || charset == StandardCharsets.UTF_16BE;
            int i = 0;
            int unit = -1;
            while (i + width <= Math.min(b.length, SPACE_WINDOW)) {
                unit = 0;
                for (int k = 0; k < width; k++) {
                    int octet = b[i + (bigEndian ? k : width - 1 - k)] & 0xFF;
                    unit = (unit << 8) | octet;
                }
                if (unit > 0x7F || !isSpace((byte) unit)) {
                    break;
                }
                i += width;
            }
            if (i > 0 && unit == '<') {
                return Optional.of(charset);
            }
        }
        return Optional.empty();
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private static boolean isUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

package dev.newsflow.formats;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Bytes to text the way newsrooms actually save files: a BOM wins (UTF-8, UTF-16 LE/BE), then strict UTF-8, then
 * windows-1252 for legacy single-byte files (a superset of Latin-1 that also covers curly quotes and dashes).
 * The result is NFC with {@code \n} line ends. Hand-written because the rule set is this small and fixed; a
 * statistical detector would guess on exactly the short files where guessing hurts.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final double MAX_CONTROL_RATIO = 0.02;

    private TextDecoder() {
    }

    static String decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new FormatException(FormatException.Reason.EMPTY, "file is empty");
        }
        String text = normalise(withoutBom(bytes));
        if (text.isBlank()) {
            throw new FormatException(FormatException.Reason.EMPTY, "file contains only whitespace");
        }
        if (looksBinary(text)) {
            throw new FormatException(FormatException.Reason.BINARY,
                    "file looks like binary data, not text (control characters or NUL bytes)");
        }
        return text;
    }

    private static String withoutBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(b, WINDOWS_1252);
        }
    }

    private static String normalise(String text) {
        String unixLines = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(unixLines, Normalizer.Form.NFC);
    }

    private static boolean looksBinary(String text) {
        long controls = text.chars()
                .filter(c -> c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\f'))
                .count();
        return text.indexOf('\0') >= 0 || controls > text.length() * MAX_CONTROL_RATIO;
    }
}

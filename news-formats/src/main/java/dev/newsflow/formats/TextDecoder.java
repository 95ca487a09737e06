package dev.newsflow.formats;

import java.text.Normalizer;

/**
 * Bytes to text: the charset as {@link CharsetSniffer} finds it (BOM, XML byte patterns, UTF-8, declared, detected,
 * windows-1252), then NFC with {@code \n} line ends. Text that still holds control characters is binary data.
 */
final class TextDecoder {

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
        CharsetSniffer.Sniffed sniffed = CharsetSniffer.sniff(b);
        return new String(b, sniffed.skip(), b.length - sniffed.skip(), sniffed.charset());
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

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
        String text = normalise(CharsetSniffer.decode(bytes));
        if (text.isBlank()) {
            throw new FormatException(FormatException.Reason.EMPTY, "file contains only whitespace");
        }
        if (looksBinary(text)) {
            throw new FormatException(FormatException.Reason.BINARY,
                    "file looks like binary data, not text (control characters or NUL bytes)");
        }
        return text;
    }

    private static String normalise(String text) {
        String unixLines = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        return mayNeedComposing(unixLines) ? Normalizer.normalize(unixLines, Normalizer.Form.NFC) : unixLines;
    }

    /** Text below U+0300 (the first combining mark) is NFC already; a scan for that is far cheaper than NFC. */
    private static boolean mayNeedComposing(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return true;
            }
        }
        return false;
    }

    /**
     * Control characters, or characters no text has (replacement characters, unassigned and private-use code points,
     * lone surrogates): what binary data turns into under any charset, including behind a stray byte order mark.
     */
    private static boolean looksBinary(String text) {
        int suspicious = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return true;
            }
            if (c < 0x20 ? c != '\n' && c != '\t' && c != '\f' : c >= 0x7F && isNotText(c)) {
                suspicious++;
            }
        }
        return suspicious > text.length() * MAX_CONTROL_RATIO;
    }

    private static boolean isNotText(char c) {
        if (c == '\uFFFD' || Character.isISOControl(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
    }
}

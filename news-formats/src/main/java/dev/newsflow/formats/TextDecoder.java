package dev.newsflow.formats;

import java.text.Normalizer;

/**
 * Bytes to text: the charset as {@link CharsetSniffer} finds it (BOM, XML byte patterns, UTF-8, declared, detected,
 * windows-1252), then NFC with {@code \n} line ends. Text that holds a NUL, or more than 2% control characters or
 * characters no text has (replacement characters, unassigned and private-use code points: what binary data turns
 * into under any charset, also behind a stray byte order mark), is binary data.
 */
final class TextDecoder {

    private static final double MAX_CONTROL_RATIO = 0.02;
    private static final char FIRST_COMBINING_MARK = '\u0300';

    private TextDecoder() {
    }

    static String decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new FormatException(FormatException.Reason.EMPTY, "file is empty");
        }
        String raw = CharsetSniffer.decode(bytes);
        String text = raw.indexOf('\r') < 0 ? raw : raw.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new FormatException(FormatException.Reason.EMPTY, "file contains only whitespace");
        }
        // One pass over the text for both questions: pages are read by the thousand.
        int suspicious = 0;
        boolean composable = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c == '\0') {
                    suspicious = text.length();
                    break;
                }
                suspicious += c == '\n' || c == '\t' || c == '\f' ? 0 : 1;
            } else if (c >= 0x7F) {
                composable |= c >= FIRST_COMBINING_MARK;
                suspicious += isNotText(c) ? 1 : 0;
            }
        }
        if (suspicious > text.length() * MAX_CONTROL_RATIO) {
            throw new FormatException(FormatException.Reason.BINARY,
                    "file looks like binary data, not text (control characters or NUL bytes)");
        }
        // Text below the first combining mark is NFC already, and the scan is far cheaper than NFC.
        return composable ? Normalizer.normalize(text, Normalizer.Form.NFC) : text;
    }

    /** For {@code c >= 0x7F}: a C1 control, a replacement character, or a code point no text uses. */
    private static boolean isNotText(char c) {
        if (c <= 0x9F || c == '\uFFFD') {
            return true;
        }
        // Latin-1 letters to Greek and the dashes and quotes of general punctuation: all assigned, no lookup needed
        if (c < 0x0370 || (c >= 0x2010 && c <= 0x2027)) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
    }
}

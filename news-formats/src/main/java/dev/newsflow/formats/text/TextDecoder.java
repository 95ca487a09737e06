package dev.newsflow.formats.text;

import dev.newsflow.formats.FormatException;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.text.Normalizer;

/**
 * Bytes to text: the charset as {@link CharsetSniffer} finds it (BOM, XML byte patterns, UTF-8, declared, detected,
 * windows-1252), then NFC with {@code \n} line ends. Text that holds a NUL, or more than 2% control characters or
 * characters no text has (replacement characters, unassigned and private-use code points: what binary data turns
 * into under any charset, also behind a stray byte order mark), is binary data.
 */
public final class TextDecoder {

    private static final double MAX_CONTROL_RATIO = 0.02;
    private static final int NUL = -1;
    private static final int CHECK_CHARS = -2;
    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    private TextDecoder() {
    }

    static String decode(byte[] bytes) {
        return read(bytes).text();
    }

    /** {@link #decode}'s text, kept as the bytes when they are UTF-8 that decoding leaves as it is. */
    public static DecodedText read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new FormatException(FormatException.Reason.EMPTY, "file is empty");
        }
        Utf8Scan scan = scanUtf8(bytes);
        // an escape among the control characters may be ISO-2022 text, seven-bit and so valid UTF-8 too, which
        // CharsetSniffer tells apart by the file's declaration
        if (scan.suspicious() >= 0 && hasVisibleAscii(bytes) && (scan.suspicious() == 0 || !hasEscape(bytes))) {
            // Valid UTF-8 (no byte order mark, no zero byte of UTF-16 or 32), so what CharsetSniffer decodes it as;
            // nothing to compose, not blank: the text is the bytes as they are, their CR LF and CR line ends made LF
            // (pages saved on Windows, whose text made as a string first cost 13 % more to read).
            checkNotBinary(scan.suspicious(), scan.chars());
            return scan.carriageReturn() ? LineFeeds.of(bytes) : DecodedText.ofUtf8(bytes);
        }
        if (scan.suspicious() == CHECK_CHARS && bytes.length >= Utf8Pieces.WORTH_IT && hasVisibleAscii(bytes)) {
            DecodedText asBytes = Utf8Pieces.keptAsBytes(bytes);
            if (asBytes != null) {
                return asBytes;
            }
        }
        CharsetSniffer.Decoded decoded = CharsetSniffer.decode(bytes);
        String raw = decoded.text();
        String text = raw.indexOf('\r') < 0 ? raw : raw.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new FormatException(FormatException.Reason.EMPTY, "file contains only whitespace");
        }
        // valid UTF-8 was scanned as such above; other text is checked char by char
        int suspicious = decoded.utf8() ? scan.suspicious() : CHECK_CHARS;
        boolean composable = false;
        if (suspicious == CHECK_CHARS) {
            CharTally tally = new CharTally();
            tally.add(text, 0, text.length());
            suspicious = tally.nul() ? NUL : tally.suspicious();
            composable = tally.composable();
        }
        checkNotBinary(suspicious, text.length());
        // Text without a char that may compose (CharTable.mayCompose) is NFC already, and the tally is far cheaper than
        // the JDK's check; most other text is NFC too, which the check answers without the copy that normalizing makes.
        return DecodedText.of(composable && !Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? Normalizer.normalize(text, Normalizer.Form.NFC) : text);
    }

    static void checkNotBinary(int suspicious, int chars) {
        if (suspicious == NUL || suspicious > chars * MAX_CONTROL_RATIO) {
            throw new FormatException(FormatException.Reason.BINARY,
                    "file looks like binary data, not text (control characters or NUL bytes)");
        }
    }

    private static boolean hasEscape(byte[] b) {
        for (byte x : b) {
            if (x == 0x1B) {
                return true;
            }
        }
        return false;
    }

    /** Whether a byte is a printable ASCII character other than the space: found within the first few of any page. */
    private static boolean hasVisibleAscii(byte[] b) {
        for (byte x : b) {
            if (x > ' ' && x < 0x7F) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param suspicious the count, {@link #NUL} or {@link #CHECK_CHARS}
     * @param chars      how many chars the bytes decode to with LF line ends, when counted to the end
     */
    private record Utf8Scan(int suspicious, int chars, boolean carriageReturn) {
    }

    /**
     * The suspicious characters of UTF-8, counted on its bytes (a tight loop, several times cheaper than one over the
     * decoded chars), while every character is ASCII, below the combining marks (U+0300) or common punctuation
     * (U+2002 to U+2027: spaces, dashes, quotes, none of them composing or unassigned); anything else, including
     * bytes that are not UTF-8, answers {@link #CHECK_CHARS}, for the char-level check. A line feed written as CR LF
     * counts once there and here (one char once read), suspicious in neither.
     */
    private static Utf8Scan scanUtf8(byte[] b) {
        int suspicious = 0;
        int chars = b.length;
        boolean carriageReturn = false;
        for (int i = 0; i < b.length; i++) {
            // eight bytes at a time while all are printable ASCII, most of any page
            while (i + Long.BYTES <= b.length && isPrintableAscii((long) EIGHT_BYTES.get(b, i))) {
                i += Long.BYTES;
            }
            if (i >= b.length) {
                break;
            }
            byte x = b[i];
            if (x > 0x1F && x < 0x7F) {
                continue;
            }
            if (x >= 0) { // C0 controls and DEL
                if (x == 0) {
                    return new Utf8Scan(NUL, chars, carriageReturn);
                }
                if (x == '\r') {
                    carriageReturn = true;
                    chars -= i + 1 < b.length && b[i + 1] == '\n' ? 1 : 0; // CR LF is read as one LF
                }
                suspicious += x == '\n' || x == '\t' || x == '\f' || x == '\r' ? 0 : 1;
            } else if (x >= (byte) 0xC2 && x <= (byte) 0xCB && isContinuation(b, i + 1)) { // U+0080 to U+02FF
                // U+0080 to U+009F (C2 80 to C2 9F) are the C1 controls
                suspicious += x == (byte) 0xC2 && b[i + 1] <= (byte) 0x9F ? 1 : 0;
                chars--;
                i++;
            } else if (x == (byte) 0xE2 && i + 2 < b.length && b[i + 1] == (byte) 0x80 && b[i + 2] >= (byte) 0x82
                    && b[i + 2] <= (byte) 0xA7) {
                chars -= 2;
                i += 2;
            } else {
                return new Utf8Scan(CHECK_CHARS, chars, carriageReturn);
            }
        }
        return new Utf8Scan(suspicious, chars, carriageReturn);
    }

    private static boolean isContinuation(byte[] b, int i) {
        return i < b.length && (b[i] & 0xC0) == 0x80;
    }

    /** All eight bytes of {@code w} are 0x20 to 0x7E (the bit tricks: no byte below 0x20, none above 0x7E). */
    private static boolean isPrintableAscii(long w) {
        long below = (w - 0x2020202020202020L) & ~w;
        long above = (w + 0x0101010101010101L) | w;
        return ((below | above) & 0x8080808080808080L) == 0;
    }
}

package dev.newsflow.formats.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Plain text is printable ASCII whose only white space is single spaces: most text of prose, which then needs no
 * change when rendered and no per-character counting. Asked of every text node of a page's body, it is answered
 * eight characters at a time on the text's UTF-8 bytes (the JDK makes those of ASCII text with one array copy),
 * several times faster than a loop over the characters.
 */
public final class PlainText {

    public static final int NOT_PLAIN = -1;
    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    private PlainText() {
    }

    /** The number of commas in {@code text} when it is plain, else {@link #NOT_PLAIN}. */
    public static int commas(String text) {
        // text in another script would be encoded whole before its length tells; its first letters tell sooner
        for (int i = 0, n = Math.min(text.length(), Long.BYTES); i < n; i++) {
            if (text.charAt(i) > '~') {
                return NOT_PLAIN;
            }
        }
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        if (b.length != text.length()) {
            return NOT_PLAIN; // a character beyond ASCII takes two bytes or more
        }
        int commas = 0;
        long previousSpaces = 0;
        int i = 0;
        for (; i + Long.BYTES <= b.length; i += Long.BYTES) {
            long w = (long) EIGHT_BYTES.get(b, i);
            long spaces = bytesEqual(w, ' ');
            // a space after a space, within the eight bytes or across from the eight before
            if (!isPrintable(w) || (spaces & (spaces << 8 | previousSpaces >>> 56)) != 0 || bytesEqual(w, '?') != 0) {
                return slowCommas(text);
            }
            commas += Long.bitCount(bytesEqual(w, ','));
            previousSpaces = spaces;
        }
        boolean previousSpace = previousSpaces < 0;
        for (; i < b.length; i++) {
            byte c = b[i];
            if (c < ' ' || c > '~' || c == '?' || c == ' ' && previousSpace) {
                return slowCommas(text);
            }
            previousSpace = c == ' ';
            commas += c == ',' ? 1 : 0;
        }
        return commas;
    }

    /**
     * The character by character answer, for text with a question mark (the encoder's replacement for a lone
     * surrogate, which makes it look plain) or not plain at all.
     */
    private static int slowCommas(String text) {
        int commas = 0;
        boolean previousSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~' || c == ' ' && previousSpace) {
                return NOT_PLAIN;
            }
            previousSpace = c == ' ';
            commas += c == ',' ? 1 : 0;
        }
        return commas;
    }

    /** The high bit of each byte of {@code w} that equals {@code c}, nothing else. */
    private static long bytesEqual(long w, char c) {
        long x = w ^ (ONES * c);
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }

    /** All eight bytes are 0x20 to 0x7E. */
    private static boolean isPrintable(long w) {
        long below = (w - 0x2020202020202020L) & ~w;
        long above = (w + ONES) | w;
        return ((below | above) & HIGH) == 0;
    }
}

package dev.newsflow.formats.text;

/**
 * What {@link TextDecoder} asks of every char of a text it did not check on the bytes, in one pass (pages are read by
 * the thousand): how many are suspicious (controls, and characters no text has: what binary data turns into), whether
 * one is a NUL, whether any may need composing (nothing below the first combining mark does), and how many chars the
 * text has once its CR LF line ends are one LF each. Kept across the pieces of one text; one text at a time.
 */
final class CharTally {

    private static final char FIRST_COMBINING_MARK = '\u0300';

    private int suspicious;
    private int chars;
    private boolean nul;
    private boolean composable;
    private boolean carriageReturn;
    private boolean afterCarriageReturn;

    /** Adds {@code text[from, to)}; stops at a NUL, which makes the whole text binary data. */
    void add(CharSequence text, int from, int to) {
        chars += to - from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c == '\0') {
                    nul = true;
                    return;
                }
                if (c == '\r') {
                    carriageReturn = true;
                } else if (c == '\n' && afterCarriageReturn) {
                    chars--; // CR LF is read as one LF
                }
                afterCarriageReturn = c == '\r';
                suspicious += c == '\n' || c == '\t' || c == '\f' || c == '\r' ? 0 : 1;
                continue;
            }
            afterCarriageReturn = false;
            if (c >= 0x7F) {
                composable |= c >= FIRST_COMBINING_MARK;
                suspicious += isNotText(c) ? 1 : 0;
            }
        }
    }

    int suspicious() {
        return suspicious;
    }

    /** The chars added, a CR LF counted once. */
    int chars() {
        return chars;
    }

    boolean carriageReturn() {
        return carriageReturn;
    }

    boolean nul() {
        return nul;
    }

    /** Whether a char since the last {@link #composed()} may compose; text below the first combining mark is NFC. */
    boolean composable() {
        return composable;
    }

    /** What was added so far is known to be NFC. */
    void composed() {
        composable = false;
    }

    /** For {@code c >= 0x7F}: a C1 control, a replacement character, or a code point no text uses. */
    private static boolean isNotText(char c) {
        return (NotText.BITS[c >>> 6] & 1L << c) != 0;
    }

    /**
     * The answer for every char, worked out once from the JDK's character data: asked of every char of text beyond
     * ASCII, where looking up its type cost pages in Cyrillic a tenth of their reading. Loaded with the first char from
     * U+007F that is checked.
     */
    private static final class NotText {

        static final long[] BITS = build();

        private static long[] build() {
            long[] bits = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                int type = Character.getType(c);
                if (c >= 0x7F && c <= 0x9F || c == '\uFFFD' || type == Character.UNASSIGNED
                        || type == Character.PRIVATE_USE) {
                    bits[c >>> 6] |= 1L << c;
                }
            }
            return bits;
        }
    }
}

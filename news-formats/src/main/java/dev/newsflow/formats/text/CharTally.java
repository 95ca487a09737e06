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

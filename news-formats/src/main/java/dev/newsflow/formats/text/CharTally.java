package dev.newsflow.formats.text;

/**
 * What {@link TextDecoder} asks of every char of a text it did not check on the bytes, in one pass (pages are read by
 * the thousand): how many are suspicious (controls, and characters no text has: what binary data turns into), whether
 * one is a NUL, whether any may need composing ({@link CharTable}), and how many chars the text has once its CR LF
 * line ends are one LF each. Kept across the pieces of one text; one text at a time.
 */
final class CharTally {

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
                composable |= CharTable.mayCompose(c);
                suspicious += CharTable.isNotText(c) ? 1 : 0;
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

    /** Whether a char since the last {@link #composed()} may compose; text without one is NFC. */
    boolean composable() {
        return composable;
    }

    /** What was added so far is known to be NFC. */
    void composed() {
        composable = false;
    }
}

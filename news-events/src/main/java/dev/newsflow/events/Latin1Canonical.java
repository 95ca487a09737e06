package dev.newsflow.events;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * {@link ArticleId}'s canonical bytes for the common case of a title and body made only of Latin-1 characters that
 * NFKC leaves as they are (all of them but the no-break space, superscripts, fractions, spacing accents and
 * {@code ª º µ}): such a text is NFKC already, so each character is lower-cased, {@code \s} runs collapsed and the ends
 * stripped in one pass straight into UTF-8, giving exactly the bytes of the general path. Why: in ingest's C1-compiled
 * code (its first tens of thousands of articles) the general path's normaliser, lower-casing, collapsing, stripping
 * and encoding copied a 2 KB article five times in bytecode (~15 % of ingest's CPU per article). ArticleIdTest checks the two paths agree.
 */
final class Latin1Canonical {

    /**
     * Each Latin-1 character's lower case ({@link Character#toLowerCase(char)}'s, within Latin-1 for all of them), or
     * {@link #NOT_NFKC} for a character NFKC changes: asked of the JDK once, never written after. A table because under
     * C1 (ingest's first tens of thousands of articles) each {@code Character} question is a call and a virtual one
     * into the JDK's character data, and this runs on every character of every article.
     */
    private static final char[] LOWER = lowerCases();
    /** Which Latin-1 characters {@link String#strip} takes off the ends ({@link Character#isWhitespace}'s). */
    private static final boolean[] STRIPPED = stripped();
    private static final char NOT_NFKC = '\uFFFF';

    private Latin1Canonical() {
    }

    /** Whether every character of {@code text} is one of those, so that it is NFKC already. */
    static boolean applies(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= LOWER.length || LOWER[c] == NOT_NFKC) {
                return false;
            }
        }
        return true;
    }

    /** The UTF-8 of {@code normalise(title) + "\0" + normalise(body)}; both must pass {@link #applies}. */
    static byte[] of(String title, String body) {
        byte[] out = new byte[2 * (title.length() + body.length()) + 1];
        int length = append(title, out, 0);
        out[length++] = 0;
        length = append(body, out, length);
        return Arrays.copyOf(out, length);
    }

    /**
     * Lower-cased, each run of {@code \s} as one space, without the leading and trailing white space
     * ({@link String#strip}'s), as UTF-8 at {@code at}.
     *
     * @return the index after the last byte written
     */
    private static int append(String text, byte[] out, int at) {
        int start = 0;
        int end = text.length();
        while (start < end && STRIPPED[text.charAt(start)]) {
            start++;
        }
        while (end > start && STRIPPED[text.charAt(end - 1)]) {
            end--;
        }
        int pos = at;
        boolean inRun = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || (c >= '\t' && c <= '\r'); // the regex \s, as ArticleId collapses it
            if (space) {
                if (!inRun) {
                    out[pos++] = ' ';
                }
            } else {
                char lower = LOWER[c];
                if (lower < 0x80) {
                    out[pos++] = (byte) lower;
                } else {
                    out[pos++] = (byte) (0xC0 | (lower >> 6));
                    out[pos++] = (byte) (0x80 | (lower & 0x3F));
                }
            }
            inRun = space;
        }
        return pos;
    }

    private static char[] lowerCases() {
        char[] lower = new char[256];
        for (char c = 0; c < lower.length; c++) {
            String one = String.valueOf(c);
            lower[c] = Normalizer.normalize(one, Normalizer.Form.NFKC).equals(one) ? Character.toLowerCase(c) : NOT_NFKC;
        }
        return lower;
    }

    private static boolean[] stripped() {
        boolean[] stripped = new boolean[256];
        for (char c = 0; c < stripped.length; c++) {
            stripped[c] = Character.isWhitespace(c);
        }
        return stripped;
    }
}

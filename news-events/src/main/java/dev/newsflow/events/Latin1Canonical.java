package dev.newsflow.events;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * {@link ArticleId}'s canonical bytes for the common case of a title and body made only of Latin-1 characters that
 * NFKC leaves as they are (all of them but the no-break space, superscripts, fractions, spacing accents and
 * {@code ª º µ}): such a text is NFKC already, so each character is lower-cased, {@code \s} runs collapsed and the ends
 * stripped in one pass straight into UTF-8, giving exactly the bytes of the general path. Why: on ingest's C1-only JVM
 * the general path's normaliser, lower-casing, collapsing, stripping and encoding copied a 2 KB article five times
 * in bytecode (~15 % of ingest's CPU per article). ArticleIdTest checks the two paths agree.
 */
final class Latin1Canonical {

    /** Which Latin-1 characters NFKC leaves alone, asked of the JDK's own normaliser once; never written after. */
    private static final boolean[] NFKC_STABLE = nfkcStable();

    private Latin1Canonical() {
    }

    /** Whether every character of {@code text} is one of those, so that it is NFKC already. */
    static boolean applies(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= NFKC_STABLE.length || !NFKC_STABLE[c]) {
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
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
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
                char lower = Character.toLowerCase(c); // within Latin-1 for every Latin-1 character
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

    private static boolean[] nfkcStable() {
        boolean[] stable = new boolean[256];
        for (char c = 0; c < stable.length; c++) {
            String one = String.valueOf(c);
            stable[c] = Normalizer.normalize(one, Normalizer.Form.NFKC).equals(one);
        }
        return stable;
    }
}

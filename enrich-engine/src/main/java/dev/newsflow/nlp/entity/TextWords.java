package dev.newsflow.nlp.entity;

import java.util.Locale;

/**
 * Words read straight from the text around a mention, where the rules need the exact spacing and punctuation the
 * tokens no longer show ("Acme's", "Hallbeck had been a chain", "Dunmore &lt;DUNM&gt;"). Only the plain space counts
 * as a space here: a line break or a tab ends what these rules read.
 */
final class TextWords {

    private TextWords() {
    }

    static int skipSpaces(String text, int p) {
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return p;
    }

    /** The run of letters and hyphens at {@code p}, possibly empty. */
    static String wordAt(String text, int p) {
        int q = p;
        while (q < text.length() && (Character.isLetter(text.charAt(q)) || text.charAt(q) == '-')) {
            q++;
        }
        return text.substring(p, q);
    }

    /** The word (lower case) right before {@code start} across spaces; empty after punctuation or at the start. */
    static String wordBefore(String text, int start) {
        int p = start;
        while (p > 0 && text.charAt(p - 1) == ' ') {
            p--;
        }
        int q = p;
        while (q > 0 && Character.isLetter(text.charAt(q - 1))) {
            q--;
        }
        return text.substring(q, p).toLowerCase(Locale.ROOT);
    }
}

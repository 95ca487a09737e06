package dev.newsflow.formats.text;

import java.text.Normalizer;

/**
 * Two answers for every char, worked out once from the JDK's character data, for the checks {@link TextDecoder} makes
 * of every char of text beyond ASCII (pages are read by the thousand): whether no text has it, and whether text
 * holding it may not be NFC. Looking up a char's type cost pages in Cyrillic a tenth of their reading, and asking the
 * JDK whether their text is NFC about as much again. Built with the first char from U+007F that is checked.
 */
final class CharTable {

    private CharTable() {
    }

    /** For {@code c >= 0x7F}: a C1 control, a replacement character, or a code point no text uses. */
    static boolean isNotText(char c) {
        return (Bits.NOT_TEXT[c >>> 6] & 1L << c) != 0;
    }

    /**
     * Whether {@code c} may make a text that holds it other than NFC. Text made only of chars for which this is false
     * is NFC: each is NFC alone, and none is a combining mark (which NFC reorders or composes with what precedes it),
     * a Hangul jamo (the only other chars of the Basic Multilingual Plane that compose with the one before them) or a
     * surrogate (the characters beyond U+FFFF are left to the JDK's check).
     */
    static boolean mayCompose(char c) {
        return (Bits.MAY_COMPOSE[c >>> 6] & 1L << c) != 0;
    }

    private static final class Bits {

        static final long[] NOT_TEXT = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
        static final long[] MAY_COMPOSE = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

        static {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                int type = Character.getType(c);
                boolean unassigned = type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
                if (c >= 0x7F && c <= 0x9F || c == '\uFFFD' || unassigned) {
                    set(NOT_TEXT, c);
                }
                // below the first combining mark nothing composes or is a mark; what no text has, the CJK ideographs
                // and the Hangul syllables are NFC alone: half the chars, whose JDK check would take half the time
                if (c < 0x300 || unassigned || c >= 0x4E00 && c <= 0x9FFF || c >= 0xAC00 && c <= 0xD7A3) {
                    continue;
                }
                if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                        || type == Character.ENCLOSING_MARK || type == Character.SURROGATE
                        || c >= 0x1100 && c <= 0x11FF
                        || !Normalizer.isNormalized(String.valueOf((char) c), Normalizer.Form.NFC)) {
                    set(MAY_COMPOSE, c);
                }
            }
        }

        private static void set(long[] bits, int c) {
            bits[c >>> 6] |= 1L << c;
        }
    }
}

package dev.newsflow.nlp.text;

/**
 * What the rules reading raw characters (around a token, in a title) take for a space between words: one test, so
 * that a separator between no-break spaces reads the same in a title's site name as in the entity rules.
 */
public final class Spaces {

    private Spaces() {
    }

    /** White space, the no-break spaces included: HTML's {@code &nbsp;} and a CMS's narrow or figure space. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}

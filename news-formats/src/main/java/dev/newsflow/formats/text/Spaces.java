package dev.newsflow.formats.text;

/**
 * Runs of white space made one space, as {@code Pattern.compile("\\s+").matcher(text).replaceAll(" ")} makes them
 * ({@code \s}: space, tab, line feed, vertical tab, form feed, carriage return), without a matcher and a copy for
 * the text that has no run to change: most titles, names and headings. Asked of every field of every article.
 */
public final class Spaces {

    private Spaces() {
    }

    public static String collapsed(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            // a single space between two other characters is already what the regex would write
            if (isSpace(c) && (c != ' ' || i + 1 < length && isSpace(text.charAt(i + 1)))) {
                return collapsed(text, i);
            }
        }
        return text;
    }

    /** @param from the first space to change; the character before it is none */
    private static String collapsed(String text, int from) {
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, from);
        boolean inRun = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                inRun = false;
            } else if (!inRun) {
                out.append(' ');
                inRun = true;
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /**
     * {@code Character.isWhitespace(c) || c == '\u00A0'}, as pages space their words, without the JDK's table lookup
     * for the letters of most scripts: no white space character lies between U+00A1 and U+167F (Cyrillic, Greek,
     * Arabic, Hebrew, Devanagari...), and text in them asks of every letter.
     */
    public static boolean isWhitespaceOrNoBreakSpace(char c) {
        if (c > ' ') {
            return c >= '\u00A0' && (c == '\u00A0' || c >= '\u1680' && Character.isWhitespace(c));
        }
        return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C';
    }
}

package dev.newsflow.formats.markdown;

/**
 * How deep a Markdown text's emphasis can nest, counted in markers ({@code *}, {@code _}, {@code ~}): a run of
 * thousands of {@code *} before a word and after it is as many levels of emphasis, and the parser merges the text
 * inside them recursively. Per paragraph, by CommonMark's flanking rules: a run that can only open adds its length, one
 * that can only close takes its length off; a run that can do both (inside a word) nests nothing. Markers opened and
 * never closed nest nothing either, so the depth at a point is at most the markers open there and the markers closing
 * after it.
 */
final class MarkdownEmphasis {

    private MarkdownEmphasis() {
    }

    /** The most markers nested at any point of a paragraph of {@code markdown}. */
    static int deepest(String markdown) {
        int deepest = 0;
        int start = 0;
        int n = markdown.length();
        while (start < n) {
            int end = markdown.indexOf("\n\n", start);
            end = end < 0 ? n : end;
            deepest = Math.max(deepest, deepestIn(markdown, start, end));
            start = end + 2;
        }
        return deepest;
    }

    private static int deepestIn(String markdown, int start, int end) {
        int closing = 0;
        for (int i = start; i < end; i = runEnd(markdown, i, start, end)) {
            closing += Math.max(0, -signedRun(markdown, i, start, end));
        }
        int open = 0;
        int deepest = 0;
        for (int i = start; i < end; i = runEnd(markdown, i, start, end)) {
            int run = signedRun(markdown, i, start, end);
            if (run > 0) {
                open += run;
                deepest = Math.max(deepest, Math.min(open, closing));
            } else if (run < 0) {
                closing += run;
                open = Math.max(0, open + run);
            }
        }
        return deepest;
    }

    /**
     * The length of the marker run at {@code i}: positive when it can only open, negative when it can only close, 0
     * when it can do both or neither, or {@code i} holds no marker or an escaped one.
     */
    private static int signedRun(String markdown, int i, int start, int end) {
        if (!isMarker(markdown.charAt(i)) || isEscaped(markdown, i, start)) {
            return 0;
        }
        int after = runEnd(markdown, i, start, end);
        char before = i > start ? markdown.charAt(i - 1) : ' ';
        char next = after < end ? markdown.charAt(after) : ' ';
        boolean left = !Character.isWhitespace(next)
                && (!isPunctuation(next) || Character.isWhitespace(before) || isPunctuation(before));
        boolean right = !Character.isWhitespace(before)
                && (!isPunctuation(before) || Character.isWhitespace(next) || isPunctuation(next));
        int length = after - i;
        return left == right ? 0 : left ? length : -length;
    }

    /**
     * Where the run of the character at {@code i} ends; {@code i + 1} for a character that is no marker or an escaped
     * one (the run then goes on from the next).
     */
    private static int runEnd(String markdown, int i, int start, int end) {
        char c = markdown.charAt(i);
        if (!isMarker(c) || isEscaped(markdown, i, start)) {
            return i + 1;
        }
        int after = i + 1;
        while (after < end && markdown.charAt(after) == c) {
            after++;
        }
        return after;
    }

    private static boolean isEscaped(String markdown, int i, int start) {
        return i > start && markdown.charAt(i - 1) == '\\';
    }

    private static boolean isMarker(char c) {
        return c == '*' || c == '_' || c == '~';
    }

    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION || type == Character.MATH_SYMBOL
                || type == Character.CURRENCY_SYMBOL || type == Character.MODIFIER_SYMBOL
                || type == Character.OTHER_SYMBOL;
    }
}

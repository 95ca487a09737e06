package dev.newsflow.formats.markdown;

/**
 * How deep a Markdown text's emphasis can nest, counted in markers ({@code *}, {@code _}, {@code ~}): a run of
 * thousands of {@code *} before a word and after it is as many levels of emphasis, and the parser merges the text
 * inside them recursively. Per paragraph (fenced code left out), by CommonMark's flanking rules: a run that can open
 * adds its length to its marker's open count, one that can close takes its length off (a {@code *} or {@code ~} run
 * inside a word can do both; a {@code _} run there neither). Markers opened and never closed nest nothing, so the
 * depth at a point is, summed over the three markers, the fewer of those open there and those closing after it.
 */
final class MarkdownEmphasis {

    private static final String MARKERS = "*_~";

    private MarkdownEmphasis() {
    }

    /** The most markers nested at any point of a paragraph of {@code markdown}. */
    static int deepest(String markdown) {
        int deepest = 0;
        int paragraph = -1; // where the paragraph being read began; -1 between paragraphs
        String fence = null; // the fence of the code block being skipped
        int n = markdown.length();
        int start = 0;
        while (start < n) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? n : end;
            String line = markdown.substring(start, end).strip();
            if (fence == null && (line.isEmpty() || isFence(line)) && paragraph >= 0) {
                deepest = Math.max(deepest, deepestIn(markdown, paragraph, start));
                paragraph = -1;
            }
            if (fence != null) {
                fence = closes(line, fence) ? null : fence;
            } else if (isFence(line)) {
                fence = fenceOf(line);
            } else if (!line.isEmpty() && paragraph < 0) {
                paragraph = start;
            }
            start = end + 1;
        }
        return paragraph < 0 ? deepest : Math.max(deepest, deepestIn(markdown, paragraph, n));
    }

    private static boolean isFence(String line) {
        return line.startsWith("```") || line.startsWith("~~~");
    }

    /** Whether {@code line} closes the code block {@code fence} opened: as many of its characters or more, alone. */
    private static boolean closes(String line, String fence) {
        return line.startsWith(fence) && fenceOf(line).length() == line.length();
    }

    /** The run of backticks or tildes that opens a fenced code block: the block ends at a line of as many or more. */
    private static String fenceOf(String line) {
        int length = 0;
        while (length < line.length() && line.charAt(length) == line.charAt(0)) {
            length++;
        }
        return line.substring(0, length);
    }

    private static int deepestIn(String markdown, int start, int end) {
        int[] closing = new int[MARKERS.length()];
        for (int i = start; i < end; i = runEnd(markdown, i, start, end)) {
            int marker = MARKERS.indexOf(markdown.charAt(i));
            if (marker >= 0 && canClose(markdown, i, start, end)) {
                closing[marker] += runEnd(markdown, i, start, end) - i;
            }
        }
        int[] open = new int[MARKERS.length()];
        int deepest = 0;
        for (int i = start; i < end; i = runEnd(markdown, i, start, end)) {
            int marker = MARKERS.indexOf(markdown.charAt(i));
            if (marker < 0 || isEscaped(markdown, i, start)) {
                continue;
            }
            int length = runEnd(markdown, i, start, end) - i;
            if (canClose(markdown, i, start, end)) {
                closing[marker] -= length;
                open[marker] = Math.max(0, open[marker] - length);
            }
            if (canOpen(markdown, i, start, end)) {
                open[marker] += length;
                int nested = 0;
                for (int m = 0; m < open.length; m++) {
                    nested += Math.min(open[m], closing[m]);
                }
                deepest = Math.max(deepest, nested);
            }
        }
        return deepest;
    }

    private static boolean canOpen(String markdown, int i, int start, int end) {
        return !isEscaped(markdown, i, start) && flanking(markdown, i, start, end, true)
                && (markdown.charAt(i) != '_' || !flanking(markdown, i, start, end, false)
                || isPunctuation(before(markdown, i, start)));
    }

    private static boolean canClose(String markdown, int i, int start, int end) {
        return !isEscaped(markdown, i, start) && flanking(markdown, i, start, end, false)
                && (markdown.charAt(i) != '_' || !flanking(markdown, i, start, end, true)
                || isPunctuation(after(markdown, runEnd(markdown, i, start, end), end)));
    }

    /** CommonMark's left-flanking ({@code left}) or right-flanking run at {@code i}. */
    private static boolean flanking(String markdown, int i, int start, int end, boolean left) {
        char before = before(markdown, i, start);
        char after = after(markdown, runEnd(markdown, i, start, end), end);
        char inside = left ? after : before;
        char outside = left ? before : after;
        return !isSpace(inside) && (!isPunctuation(inside) || isSpace(outside) || isPunctuation(outside));
    }

    private static char before(String markdown, int i, int start) {
        return i > start ? markdown.charAt(i - 1) : ' ';
    }

    private static char after(String markdown, int i, int end) {
        return i < end ? markdown.charAt(i) : ' ';
    }

    /**
     * Where the run of the character at {@code i} ends; {@code i + 1} for a character that is no marker or an escaped
     * one (the run then goes on from the next).
     */
    private static int runEnd(String markdown, int i, int start, int end) {
        char c = markdown.charAt(i);
        if (MARKERS.indexOf(c) < 0 || isEscaped(markdown, i, start)) {
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

    /** CommonMark's Unicode whitespace: a space separator (no-break space included), a tab or a line break. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
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

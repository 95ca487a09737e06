package dev.newsflow.formats.markdown;

import java.util.ArrayList;
import java.util.List;

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
        List<Run> runs = runs(markdown, start, end);
        int[] closing = new int[MARKERS.length()];
        for (Run run : runs) {
            if (run.closes()) {
                closing[run.marker()] += run.length();
            }
        }
        int[] open = new int[MARKERS.length()];
        int deepest = 0;
        for (Run run : runs) {
            if (run.closes()) {
                closing[run.marker()] -= run.length();
                open[run.marker()] = Math.max(0, open[run.marker()] - run.length());
            }
            if (run.opens()) {
                open[run.marker()] += run.length();
                int nested = 0;
                for (int m = 0; m < open.length; m++) {
                    nested += Math.min(open[m], closing[m]);
                }
                deepest = Math.max(deepest, nested);
            }
        }
        return deepest;
    }

    /**
     * The marker runs between {@code start} and {@code end}, in order; an escaped marker is text, and a run goes on
     * from the marker after it.
     */
    private static List<Run> runs(String markdown, int start, int end) {
        List<Run> runs = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c = markdown.charAt(i);
            char before = i > start ? markdown.charAt(i - 1) : ' ';
            if (MARKERS.indexOf(c) < 0 || before == '\\') {
                i++;
                continue;
            }
            int after = i + 1;
            while (after < end && markdown.charAt(after) == c) {
                after++;
            }
            char next = after < end ? markdown.charAt(after) : ' ';
            boolean left = flanking(next, before);
            boolean right = flanking(before, next);
            runs.add(new Run(MARKERS.indexOf(c), after - i, left && (c != '_' || !right || isPunctuation(before)),
                    right && (c != '_' || !left || isPunctuation(next))));
            i = after;
        }
        return runs;
    }

    /** Whether a run is flanking on the side where {@code inside} is the character next to it (CommonMark's rule). */
    private static boolean flanking(char inside, char outside) {
        return !isSpace(inside) && (!isPunctuation(inside) || isSpace(outside) || isPunctuation(outside));
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

    /** A run of one marker: its index in {@link #MARKERS}, its length, whether it can open and close emphasis. */
    private record Run(int marker, int length, boolean opens, boolean closes) {
    }
}

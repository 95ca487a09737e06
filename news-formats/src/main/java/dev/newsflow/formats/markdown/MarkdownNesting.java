package dev.newsflow.formats.markdown;

import dev.newsflow.formats.FormatException;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How deep a Markdown text nests, asked before it is parsed: CommonMark parsers' work grows with nesting depth times
 * lines (containers) and more than linearly with nested link brackets, their walks over the parsed tree recurse as
 * deep as it nests (a few thousand levels overflow the stack), and no article nests deep. Written by hand because the
 * parser offers no limit of its own; each count errs towards more depth than the parser would build, never less.
 */
final class MarkdownNesting {

    static final int MAX_NESTING = 32;

    private MarkdownNesting() {
    }

    /**
     * @throws FormatException when quotes and lists, link brackets or emphasis nest more than {@value #MAX_NESTING}
     *                         levels deep
     */
    static void check(String markdown) {
        int depth = deepestContainers(markdown);
        if (depth > MAX_NESTING) {
            throw new FormatException(FormatException.Reason.MALFORMED,
                    "Markdown nests quotes or lists " + depth + " levels deep (at most " + MAX_NESTING + ")");
        }
        int brackets = deepestBrackets(markdown);
        if (brackets > MAX_NESTING) {
            throw new FormatException(FormatException.Reason.MALFORMED,
                    "Markdown nests link brackets " + brackets + " levels deep (at most " + MAX_NESTING + ")");
        }
        int emphasis = MarkdownEmphasis.deepest(markdown);
        if (emphasis > 2 * MAX_NESTING) {
            throw new FormatException(FormatException.Reason.MALFORMED, "Markdown nests emphasis " + emphasis
                    + " markers deep (at most " + 2 * MAX_NESTING + ")");
        }
    }

    /**
     * The deepest nesting of unescaped {@code [} within a paragraph: the inline parser's bracket matching costs far
     * more than linear time and memory on {@code [[[[…]]]]}, which no article writes.
     */
    private static int deepestBrackets(String markdown) {
        int deepest = 0;
        int depth = 0;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '\n' && i + 1 < markdown.length() && markdown.charAt(i + 1) == '\n') {
                depth = 0;
            }
        }
        return deepest;
    }

    /**
     * The most quotes and lists a line sits in: the quote markers ({@code >}) opening it, the list markers
     * ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}) opening it, and the list items of earlier lines it is
     * indented into (a list nests by indentation across lines as well as by markers on one line). An item is left
     * by a list marker or, after a blank line, by any line indented less than its text; a line straight after text
     * may continue that text lazily, so it leaves nothing.
     */
    private static int deepestContainers(String markdown) {
        Deque<Integer> items = new ArrayDeque<>(); // the text columns of the list items still open, innermost first
        int deepest = 0;
        boolean afterBlank = true;
        int n = markdown.length();
        int i = 0;
        while (i < n) {
            int end = markdown.indexOf('\n', i);
            end = end < 0 ? n : end;
            int column = 0;
            int quotes = 0;
            boolean marked = false;
            int at = i;
            while (at < end) {
                char c = markdown.charAt(at);
                if (c == ' ') {
                    column++;
                    at++;
                } else if (c == '\t') {
                    column += 4 - column % 4;
                    at++;
                } else if (c == '>') {
                    quotes++;
                    column++;
                    at++;
                } else {
                    int after = isThematicBreak(markdown, at, end) ? -1 : afterListMarker(markdown, at, end);
                    if (after < 0) {
                        break;
                    }
                    if (!marked) {
                        closeItemsBeyond(items, column);
                        marked = true;
                    }
                    column += after - at;
                    at = after;
                    items.push(column + 1); // its text starts after the marker and at least one space
                }
            }
            // a line of markers alone (an empty item, a quote's empty line) nests as deep as one with text after them
            boolean blank = at == end && !marked && quotes == 0;
            if (!blank && !marked && afterBlank) {
                closeItemsBeyond(items, column);
            }
            if (!blank) {
                deepest = Math.max(deepest, quotes + items.size());
            }
            afterBlank = blank;
            i = end + 1;
        }
        return deepest;
    }

    private static void closeItemsBeyond(Deque<Integer> items, int column) {
        while (!items.isEmpty() && items.peek() > column) {
            items.pop();
        }
    }

    /**
     * Where a list marker at {@code at} ends (the space after it is not included); -1 when there is none. A marker
     * is followed by a space or ends the line (an empty item).
     */
    private static int afterListMarker(String markdown, int at, int end) {
        char c = markdown.charAt(at);
        if (c == '-' || c == '*' || c == '+') {
            return at + 1 == end || isSpace(markdown.charAt(at + 1)) ? at + 1 : -1;
        }
        int digits = at;
        while (digits < end && digits - at < 9 && Character.isDigit(markdown.charAt(digits))) {
            digits++;
        }
        if (digits == at || digits >= end) {
            return -1;
        }
        char delimiter = markdown.charAt(digits);
        return (delimiter == '.' || delimiter == ')') && (digits + 1 == end || isSpace(markdown.charAt(digits + 1)))
                ? digits + 1 : -1;
    }

    /** A rule ({@code - - -}, {@code * * *}) from {@code at} to the line's end: CommonMark reads it before any list. */
    private static boolean isThematicBreak(String markdown, int at, int end) {
        char rule = markdown.charAt(at);
        if (rule != '-' && rule != '*' && rule != '_') {
            return false;
        }
        int marks = 0;
        for (int i = at; i < end; i++) {
            char c = markdown.charAt(i);
            if (c == rule) {
                marks++;
            } else if (!isSpace(c)) {
                return false;
            }
        }
        return marks >= 3;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}

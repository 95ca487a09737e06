package dev.newsflow.nlp.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The rows of a gazetteer data file (tab-separated, {@code #} comments, blank lines skipped), read whole and cut where
 * they are: the columns a row is looked at for are taken out of the text as they are asked for, and the coordinates
 * are read in place. Reading the 28,000 rows line by line into arrays of column strings, and the coordinates with
 * {@link Double#parseDouble}, was a third of the gazetteer's load, the longest part of the engine's start-up.
 *
 * <p>The file's bytes are scanned through a Latin-1 view of them (one character per byte, so the same offsets), whose
 * searches for tabs and line breaks run as vector instructions: a tab, a line break or an ASCII digit is never part
 * of a multi-byte UTF-8 character. Only the columns taken out are decoded as UTF-8, most of them ASCII, which the
 * decoder copies; decoding the whole file as UTF-8 went character by character from its first accented name on.
 * For one thread.
 */
final class TsvRows {

    /** The file as UTF-8 bytes. */
    private final byte[] bytes;
    /** {@link #bytes} one character per byte (Latin-1): where a column is, not what it says. */
    private final String text;
    /** Per row: where it starts and where it ends (before its line break). */
    private final int[] bounds;
    private final int size;
    /** The row {@link #at} cut last: where each of its columns starts, and its end + 1 after the last. */
    private final int[] cuts = new int[16];
    private int columns;

    private TsvRows(byte[] bytes, String text, int[] bounds, int size) {
        this.bytes = bytes;
        this.text = text;
        this.bounds = bounds;
        this.size = size;
    }

    static TsvRows read(String resource) {
        try (InputStream in = TsvRows.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing gazetteer resource " + resource);
            }
            return of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TsvRows of(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int[] bounds = new int[2 * 1024];
        int size = 0;
        for (int start = 0; start < text.length(); ) {
            int newline = text.indexOf('\n', start);
            int next = newline < 0 ? text.length() : newline + 1;
            int end = newline < 0 ? text.length() : newline;
            if (end > start && text.charAt(end - 1) == '\r') {
                end--;
            }
            if (end > start && text.charAt(start) != '#') {
                if (2 * size == bounds.length) {
                    bounds = Arrays.copyOf(bounds, 2 * bounds.length);
                }
                bounds[2 * size] = start;
                bounds[2 * size + 1] = end;
                size++;
            }
            start = next;
        }
        return new TsvRows(bytes, text, bounds, size);
    }

    int size() {
        return size;
    }

    /** Cuts row {@code r} into its columns, which {@link #column}, {@link #from} and {@link #to} then read. */
    TsvRows at(int r) {
        int end = bounds[2 * r + 1];
        columns = 0;
        cuts[columns++] = bounds[2 * r];
        for (int tab = text.indexOf('\t', cuts[0]); tab >= 0 && tab < end && columns < cuts.length - 1;
                tab = text.indexOf('\t', tab + 1)) {
            cuts[columns++] = tab + 1;
        }
        cuts[columns] = end + 1;
        return this;
    }

    /** Number of columns of the row cut last. */
    int columns() {
        return columns;
    }

    String column(int c) {
        return new String(bytes, from(c), to(c) - from(c), StandardCharsets.UTF_8);
    }

    /**
     * Column {@code c} cut at {@code |} as {@code column(c).split("\\|")} cuts it; most rows have one name, which then
     * costs no split.
     */
    String[] names(int c) {
        int bar = text.indexOf('|', from(c), to(c));
        return bar < 0 ? new String[] {column(c)} : column(c).split("\\|");
    }

    int from(int c) {
        check(c);
        return cuts[c];
    }

    int to(int c) {
        check(c);
        return cuts[c + 1] - 1;
    }

    boolean isEmpty(int c) {
        return from(c) == to(c);
    }

    /** Whether column {@code c} is {@code word}, an ASCII word, in any case. */
    boolean is(int c, String word) {
        return to(c) - from(c) == word.length() && text.regionMatches(true, from(c), word, 0, word.length());
    }

    /** {@link Decimals#parse} of column {@code c}. */
    double decimal(int c) {
        return Decimals.parse(text, from(c), to(c));
    }

    private void check(int c) {
        if (c >= columns) {
            throw new IllegalStateException("gazetteer row has " + columns + " columns, not " + (c + 1) + ": "
                    + new String(bytes, cuts[0], cuts[columns] - 1 - cuts[0], StandardCharsets.UTF_8));
        }
    }
}

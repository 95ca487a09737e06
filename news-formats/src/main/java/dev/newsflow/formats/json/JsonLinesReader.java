package dev.newsflow.formats.json;

import dev.newsflow.formats.ArticleCollector;
import dev.newsflow.formats.ArticleReader;
import dev.newsflow.formats.FormatLimits;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.text.DecodedText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code .jsonl} / {@code .ndjson}: one article object per line; a bad line is reported and the rest still read.
 * Lines are read one at a time: a file of millions of short lines must not become millions of strings held at once.
 */
public final class JsonLinesReader implements ArticleReader {

    public static final String FORMAT = "jsonl";

    private static final int BUFFER_CHARS = 8192;

    /** Built on the first JSON Lines file, not with the readers (see {@code JsonArticleReader}'s mapper). */
    private static final class Mapper {
        static final JsonMapper INSTANCE = JsonMapper.builder().build();
    }

    @Override
    public FormatResult read(String text, FormatLimits limits) {
        return read(DecodedText.of(text), limits);
    }

    /**
     * Lines are taken from the text as it is decoded, not cut from a string of the whole file: JSON Lines is the bulk
     * format, and that string alone is twice the file's bytes once one character is not Latin-1 (a 100 MB export of
     * articles with typographic quotes needed more than ingest's whole heap). The saving is for the UTF-8 that
     * {@link DecodedText} keeps as bytes (Latin script and common punctuation); other text was made a string already.
     */
    @Override
    public FormatResult read(DecodedText text, FormatLimits limits) {
        ArticleCollector out = new ArticleCollector(FORMAT, limits);
        char[] buffer = new char[BUFFER_CHARS];
        // only a line longer than what one read gives is gathered here; most are made straight from the buffer
        StringBuilder longLine = new StringBuilder();
        int lineNumber = 0;
        try (Reader in = text.reader()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        String line = longLine.isEmpty() ? new String(buffer, from, i - from)
                                : longLine.append(buffer, from, i - from).toString();
                        longLine.setLength(0);
                        takeLine(line, ++lineNumber, out);
                        from = i + 1;
                    }
                }
                longLine.append(buffer, from, n - from);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading decoded text in memory", e);
        }
        if (!longLine.isEmpty()) {
            takeLine(longLine.toString(), ++lineNumber, out);
        }
        return out.result();
    }

    /** Reads {@code line} when it holds more than white space. */
    private void takeLine(String line, int lineNumber, ArticleCollector out) {
        String stripped = line.strip();
        if (!stripped.isEmpty()) {
            readLine(stripped, ArticleCollector.RecordLocation.line(lineNumber), out);
        }
    }

    private void readLine(String line, ArticleCollector.RecordLocation at, ArticleCollector out) {
        try {
            if (Mapper.INSTANCE.readValue(line, Object.class) instanceof Map<?, ?> record) {
                out.add(JsonArticleReader.fields(record), at);
            } else {
                out.problem(at, "line is not a JSON object");
            }
        } catch (JacksonException e) {
            out.problem(at, "invalid JSON " + JsonArticleReader.where(e));
        }
    }
}

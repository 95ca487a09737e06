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
     * articles with typographic quotes needed more than ingest's whole heap).
     */
    @Override
    public FormatResult read(DecodedText text, FormatLimits limits) {
        ArticleCollector out = new ArticleCollector(FORMAT, limits);
        char[] buffer = new char[BUFFER_CHARS];
        StringBuilder line = new StringBuilder();
        int lineNumber = 0;
        try (Reader in = text.reader()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        line.append(buffer, from, i - from);
                        readLine(line, ++lineNumber, out);
                        from = i + 1;
                    }
                }
                line.append(buffer, from, n - from);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading decoded text in memory", e);
        }
        if (!line.isEmpty()) {
            readLine(line, ++lineNumber, out);
        }
        return out.result();
    }

    /** Reads the line in {@code pending}, if it holds more than white space, and empties it for the next. */
    private void readLine(StringBuilder pending, int lineNumber, ArticleCollector out) {
        String line = pending.toString().strip();
        pending.setLength(0);
        if (!line.isEmpty()) {
            readLine(line, ArticleCollector.RecordLocation.line(lineNumber), out);
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

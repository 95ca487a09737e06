package dev.newsflow.formats.json;

import dev.newsflow.formats.ArticleCollector;
import dev.newsflow.formats.ArticleReader;
import dev.newsflow.formats.FormatLimits;
import dev.newsflow.formats.FormatResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * {@code .jsonl} / {@code .ndjson}: one article object per line; a bad line is reported and the rest still read.
 * Lines are walked in place, one at a time: a file of millions of short lines must not become millions of strings
 * held at once.
 */
public final class JsonLinesReader implements ArticleReader {

    public static final String FORMAT = "jsonl";

    /** Built on the first JSON Lines file, not with the readers (see {@code JsonArticleReader}'s mapper). */
    private static final class Mapper {
        static final JsonMapper INSTANCE = JsonMapper.builder().build();
    }

    @Override
    public FormatResult read(String text, FormatLimits limits) {
        ArticleCollector out = new ArticleCollector(FORMAT, limits);
        int lineNumber = 0;
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lineNumber++;
            String line = text.substring(start, end).strip();
            start = end + 1;
            if (!line.isEmpty()) {
                readLine(line, ArticleCollector.RecordLocation.line(lineNumber), out);
            }
        }
        return out.result();
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

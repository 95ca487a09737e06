package dev.newsflow.formats.json;

import dev.newsflow.formats.ArticleCollector;
import dev.newsflow.formats.ArticleReader;
import dev.newsflow.formats.FormatException;
import dev.newsflow.formats.FormatLimits;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.text.DecodedText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code .jsonl} / {@code .ndjson}: one article object per line; a bad line is reported and the rest still read. A
 * file of JSON written over many lines (its first line a lone bracket) whose every line fails is read as JSON.
 * Lines are read one at a time: a file of millions of short lines must not become millions of strings held at once.
 */
public final class JsonLinesReader implements ArticleReader {

    public static final String FORMAT = "jsonl";

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
     * format, and that string alone is twice the file's bytes once one character is not Latin-1 (a 97 MB export of
     * articles with typographic quotes needed more than ingest's whole heap). The saving is for the UTF-8 that
     * {@link DecodedText} keeps as bytes (any script from 1 MB; other text was made a string already). Decoded text
     * has only line feeds for line ends, so the reader's lines are the text's.
     */
    @Override
    public FormatResult read(DecodedText text, FormatLimits limits) {
        ArticleCollector out = new ArticleCollector(FORMAT, limits);
        int lineNumber = 0;
        String first = null;
        try (BufferedReader lines = new BufferedReader(text.reader())) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                String stripped = line.strip();
                if (!stripped.isEmpty()) {
                    first = first == null ? stripped : first;
                    readLine(stripped, ArticleCollector.RecordLocation.line(lineNumber), out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading decoded text in memory", e);
        }
        return out.hasArticles() || !opensAJsonDocument(first) ? out.result() : asOneDocument(text, limits, out);
    }

    /** A first line that is only a bracket: JSON written over many lines, not one object per line. */
    private static boolean opensAJsonDocument(String first) {
        return first != null && (first.equals("{") || first.equals("["));
    }

    /**
     * A file of JSON written over many lines, named as JSON Lines: read as the one document it is when that gives
     * articles (every line alone was invalid), else the lines' problems as they were.
     */
    private static FormatResult asOneDocument(DecodedText text, FormatLimits limits, ArticleCollector lines) {
        try {
            FormatResult document = new JsonArticleReader().read(text, limits);
            return document.hasArticles() ? document : lines.result();
        } catch (FormatException notJson) {
            return lines.result();
        }
    }

    private void readLine(String line, ArticleCollector.RecordLocation at, ArticleCollector out) {
        try {
            if (Mapper.INSTANCE.readValue(line, Object.class) instanceof Map<?, ?> record) {
                JsonRecord.add(out, record, at);
            } else {
                out.problem(at, "line is not a JSON object");
            }
        } catch (JacksonException e) {
            out.problem(at, "invalid JSON " + JsonArticleReader.where(e));
        }
    }
}

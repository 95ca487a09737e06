package dev.newsflow.formats;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

/** {@code .jsonl} / {@code .ndjson}: one article object per line; a bad line is reported and the rest still read. */
final class JsonLinesReader implements ArticleReader {

    static final String FORMAT = "jsonl";

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Override
    public FormatResult read(String text, FormatLimits limits) {
        ArticleCollector out = new ArticleCollector(FORMAT, limits);
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            ArticleCollector.RecordLocation at = ArticleCollector.RecordLocation.line(i + 1);
            try {
                if (mapper.readValue(line, Object.class) instanceof Map<?, ?> record) {
                    out.add(JsonArticleReader.fields(record), at);
                } else {
                    out.problem(at, "line is not a JSON object");
                }
            } catch (JacksonException e) {
                out.problem(at, "invalid JSON " + JsonArticleReader.where(e));
            }
        }
        return out.result();
    }
}

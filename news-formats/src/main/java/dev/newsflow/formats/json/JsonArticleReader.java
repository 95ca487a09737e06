package dev.newsflow.formats.json;

import dev.newsflow.formats.ArticleCollector;
import dev.newsflow.formats.ArticleReader;
import dev.newsflow.formats.FormatException;
import dev.newsflow.formats.FormatLimits;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.text.DecodedText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code .json}: one article object, an array of them, an object wrapping the array in {@code articles},
 * {@code items}, {@code posts}, {@code data}, {@code results}, {@code entries} or {@code stories} (a CMS's or an
 * API's listing; a record's own fields may sit in its {@code attributes} or {@code fields}, as Strapi and Contentful
 * write them: {@link JsonRecord}), a listing or an article further inside ({@link NestedRecords}), or a JSON Feed
 * ({@link JsonFeed}). Arrays are streamed, so the records before a truncation or a syntax error are still published
 * and the break is reported as a problem at its index.
 */
public final class JsonArticleReader implements ArticleReader {

    public static final String FORMAT = "json";
    private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at .*$");
    private static final List<String> WRAPPERS = List.of("articles", "items", "posts", "data", "results", "entries",
            "stories");

    /**
     * Built on the first JSON file, not with the readers: a command line run over text files does not pay for it
     * (building a mapper is tens of milliseconds of a one-article run). Records are read one at a time off a shared
     * parser, so the rest of the array is not "trailing" garbage.
     */
    private static final class Mapper {
        static final JsonMapper INSTANCE = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    @Override
    public FormatResult read(String text, FormatLimits limits) {
        return read(DecodedText.of(text), limits);
    }

    /**
     * Parsed as the text is decoded, not from a string of the whole file: an array of articles is a bulk format, and
     * that string alone is twice the file's bytes once one character is not Latin-1 (for the UTF-8 that
     * {@link DecodedText} keeps as bytes: any script from 1 MB). The array's records are read one at a time; an
     * object holding the array ({@code {"articles": [...]}}) is read whole.
     */
    @Override
    public FormatResult read(DecodedText text, FormatLimits limits) {
        ArticleCollector out = new ArticleCollector(FORMAT, limits);
        try (JsonParser parser = Mapper.INSTANCE.createParser(text.reader())) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                readArray(parser, out);
            } else if (first == JsonToken.START_OBJECT) {
                readObject(Mapper.INSTANCE.readValue(parser, Map.class), out);
                readMoreObjects(parser, out);
            } else {
                throw new FormatException(FormatException.Reason.MALFORMED,
                        "JSON must be an article object or an array of them");
            }
        } catch (JacksonException e) {
            throw new FormatException(FormatException.Reason.MALFORMED, "invalid JSON " + where(e), e);
        }
        return out.result();
    }

    /**
     * Objects written one after another (a sequence of records, or JSON Lines written over many lines): each is a
     * record of its own, never silently dropped; anything else after the first value is reported as not read.
     */
    private static void readMoreObjects(JsonParser parser, ArticleCollector out) {
        int index = 1;
        try {
            for (JsonToken next = parser.nextToken(); next != null; next = parser.nextToken(), index++) {
                if (next != JsonToken.START_OBJECT) {
                    out.problem(ArticleCollector.RecordLocation.index(index), "not a JSON object; nothing after it"
                            + " was read");
                    return;
                }
                ArticleCollector.RecordLocation at = ArticleCollector.RecordLocation.index(index);
                JsonRecord.add(out, Mapper.INSTANCE.readValue(parser, Map.class), at);
            }
        } catch (JacksonException e) {
            out.problem(ArticleCollector.RecordLocation.index(index), "invalid JSON " + where(e)
                    + "; nothing after it was read");
        }
    }

    private void readArray(JsonParser parser, ArticleCollector out) {
        int index = 0;
        try {
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken(), index++) {
                if (token == null) {
                    throw new FormatException(FormatException.Reason.MALFORMED, "unexpected end of JSON");
                }
                ArticleCollector.RecordLocation at = ArticleCollector.RecordLocation.index(index);
                if (token == JsonToken.START_OBJECT) {
                    JsonRecord.add(out, Mapper.INSTANCE.readValue(parser, Map.class), at);
                } else {
                    parser.skipChildren();
                    out.problem(at, "record is not a JSON object");
                }
            }
        } catch (JacksonException | FormatException e) {
            String reason = e instanceof JacksonException je ? "invalid JSON " + where(je) : e.getMessage();
            if (!out.hasArticles()) {
                // nothing usable before the break: the file is malformed, as an unreadable single object is
                throw new FormatException(FormatException.Reason.MALFORMED, reason + " in record " + index, e);
            }
            // Keep what was read before the break: it was complete, valid JSON.
            out.problem(ArticleCollector.RecordLocation.index(index), reason + "; nothing after it was read");
        }
    }

    private static void readObject(Map<?, ?> object, ArticleCollector out) {
        if (JsonFeed.is(object)) {
            JsonFeed.read(object, out);
            return;
        }
        // a wrapper only around records: an article of its own with a list beside its text (a live blog's "entries",
        // an election story's "results") is that article
        boolean ownText = FieldAliases.of(object).hasBody();
        for (String wrapper : ownText ? List.<String>of() : WRAPPERS) {
            if (object.get(wrapper) instanceof List<?> records) {
                readRecords(records, out);
                return;
            }
        }
        if (JsonRecord.isArticle(object)) {
            JsonRecord.add(out, object, ArticleCollector.RecordLocation.document());
            return;
        }
        // records with a text of their own first, else a list of records with a lead or summary (the New York Times'
        // docs): a list of sections or menu items, each a title and a description, is not taken before the stories
        // beside it, and an object of a name and a description alone (an API's or a package's) is no article
        NestedRecords.Found nested = NestedRecords.of(object, record -> JsonRecord.isCompleteArticle(record, true));
        if (nested == null) {
            nested = NestedRecords.of(object, record -> JsonRecord.isCompleteArticle(record, false));
            nested = nested != null && nested.records() != null ? nested : null;
        }
        if (nested == null) {
            out.problem(ArticleCollector.RecordLocation.document(), "no article: no title or text field ("
                    + String.join(", ", FieldAliases.TITLE) + ", " + String.join(", ", FieldAliases.BODY)
                    + " …) in the object, nor a list of records with a title and a text inside it");
        } else if (nested.records() != null) {
            readRecords(nested.records(), out);
        } else {
            JsonRecord.add(out, nested.article(), ArticleCollector.RecordLocation.document());
        }
    }

    private static void readRecords(List<?> records, ArticleCollector out) {
        for (int i = 0; i < records.size(); i++) {
            ArticleCollector.RecordLocation at = ArticleCollector.RecordLocation.index(i);
            if (records.get(i) instanceof Map<?, ?> record) {
                JsonRecord.add(out, record, at);
            } else {
                out.problem(at, "record is not a JSON object");
            }
        }
    }

    static String where(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        // without the parser's note of where an object began, which names its own settings, not the file
        String message = START_MARKER.matcher(e.getOriginalMessage().lines().findFirst().orElse("")).replaceFirst("");
        return location == null ? "(" + message + ")"
                : "at line " + location.getLineNr() + ", column " + location.getColumnNr() + " (" + message + ")";
    }
}

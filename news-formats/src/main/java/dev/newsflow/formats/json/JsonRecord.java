package dev.newsflow.formats.json;

import dev.newsflow.formats.ArticleCollector;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON object as an article's record: its fields by their accepted names ({@link FieldAliases}), those it leaves
 * out taken from its {@code attributes} or {@code fields} (Strapi's, Contentful's, the Guardian's), and whether it is
 * an article at all.
 */
final class JsonRecord {

    // where a CMS keeps a record's own fields beside its id: Strapi's "attributes", Contentful's "fields"
    private static final List<String> RECORD_FIELDS = List.of("attributes", "fields");

    private JsonRecord() {
    }

    /**
     * Adds the record's article to {@code out}; a record its own fields call unpublished (a draft, a scheduled or
     * private post) is a problem instead: a CMS's export holds them beside its published posts.
     */
    static void add(ArticleCollector out, Map<?, ?> record, ArticleCollector.RecordLocation at) {
        FieldAliases f = aliases(record);
        String unpublished = f.unpublished();
        if (unpublished != null) {
            out.problem(at, "not published (" + unpublished + ")");
            return;
        }
        out.add(new ArticleCollector.Fields(f.title(), f.body(), f.source(), f.url(), f.author(), f.publishedAt(),
                f.language()), at);
    }

    /**
     * A record with a title or a text of its own (not a description alone: a package's or a service's), or in its
     * {@code attributes} or {@code fields}.
     */
    static boolean isArticle(Map<?, ?> record) {
        FieldAliases f = aliases(record);
        return f.title() != null && !f.title().isBlank() || f.hasBody();
    }

    /**
     * A record found inside a response: a title and a text, both (its own text, or when {@code ownText} is false, a
     * lead or summary too); teasers, tags and menu items have a title alone. Asked only of objects with a title's
     * name among their keys, as most objects are no records.
     */
    static boolean isCompleteArticle(Map<?, ?> record, boolean ownText) {
        if (!hasTitleKey(record) && RECORD_FIELDS.stream()
                .noneMatch(inner -> record.get(inner) instanceof Map<?, ?> own && hasTitleKey(own))) {
            return false;
        }
        FieldAliases f = aliases(record);
        if (f.title() == null || f.title().isBlank()) {
            return false;
        }
        if (ownText) {
            return f.hasBody();
        }
        String body = f.body(); // read as text once: an HTML body is parsed
        return body != null && !body.isBlank();
    }

    private static boolean hasTitleKey(Map<?, ?> record) {
        return record.keySet().stream().anyMatch(key -> key instanceof String name
                && FieldAliases.TITLE.stream().anyMatch(name::equalsIgnoreCase));
    }

    private static FieldAliases aliases(Map<?, ?> record) {
        Map<Object, Object> all = null;
        for (String inner : RECORD_FIELDS) {
            if (all == null && record.get(inner) instanceof Map<?, ?> own) {
                all = new LinkedHashMap<>(record);
                own.forEach(all::putIfAbsent);
            }
        }
        return FieldAliases.of(all != null ? all : record);
    }
}

package dev.newsflow.formats.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where an API's response keeps its articles when not at the top level nor under a name the reader knows: the
 * Guardian's {@code {"response": {"results": [...]}}}, the New York Times' {@code {"response": {"docs": [...]}}},
 * Elasticsearch's {@code hits.hits[]._source}, GraphQL's {@code edges[].node}, records keyed by id (a Firebase export),
 * a single article under {@code {"article": {...}}}. Searched level by level, a few levels deep, an object before what
 * it holds (a story before its list of related stories) and lists before the objects beside them; only articles count,
 * a title with a text (a list of teasers, tags or menu items is none), so a file of something else stays refused.
 */
final class NestedRecords {

    /** The records found: a list, or one article. */
    record Found(List<?> records, Map<?, ?> article) {
    }

    // {"data": {"posts": {"edges": [{"node": {...}}]}}}: four levels below the top
    private static final int MAX_DEPTH = 4;
    // objects looked at in all: a large file of something else is not searched whole
    private static final int MAX_VISITED = 1_000;
    // records keyed by id: a map of at least two objects
    private static final int KEYED_RECORDS = 2;

    private NestedRecords() {
    }

    /** @return what was found, or null */
    static Found of(Map<?, ?> top, Predicate<Map<?, ?>> isArticle) {
        List<Map<?, ?>> level = List.of(top);
        int visited = 0;
        for (int depth = 0; depth <= MAX_DEPTH && !level.isEmpty(); depth++) {
            List<Map<?, ?>> next = new ArrayList<>();
            for (Map<?, ?> object : level) {
                if (++visited > MAX_VISITED) {
                    return null;
                }
                if (object != top && isArticle.test(object)) {
                    return new Found(null, object);
                }
                for (Object value : object.values()) {
                    List<?> records = records(value, isArticle);
                    if (records != null) {
                        return new Found(records, null);
                    }
                }
                for (Object value : object.values()) {
                    if (value instanceof Map<?, ?> inner) {
                        next.add(inner);
                    } else if (value instanceof List<?> list && !list.isEmpty()
                            && list.getFirst() instanceof Map<?, ?> first) {
                        next.add(first);
                    }
                }
            }
            level = next;
        }
        return null;
    }

    /**
     * {@code value} as a list of records, judged by its first: a list of articles, a list of wrappers each holding
     * its article in one field ({@code _source}, {@code node}), or an object of articles keyed by id; else null.
     */
    private static List<?> records(Object value, Predicate<Map<?, ?>> isArticle) {
        if (value instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Map<?, ?> first) {
            if (isArticle.test(first)) {
                return list;
            }
            Object key = onlyObject(first);
            if (key != null) {
                return first.get(key) instanceof Map<?, ?> wrapped && isArticle.test(wrapped)
                        ? list.stream().map(item -> item instanceof Map<?, ?> map ? map.get(key) : item).toList()
                        : null;
            }
        }
        if (value instanceof Map<?, ?> keyed && keyed.size() >= KEYED_RECORDS
                && keyed.values().stream().allMatch(Map.class::isInstance)
                && isArticle.test((Map<?, ?>) keyed.values().iterator().next())) {
            return List.copyOf(keyed.values());
        }
        return null;
    }

    /** The key of an object's only field whose value is an object, or null. */
    private static Object onlyObject(Map<?, ?> item) {
        Object key = null;
        for (Map.Entry<?, ?> field : item.entrySet()) {
            if (field.getValue() instanceof Map<?, ?>) {
                if (key != null) {
                    return null;
                }
                key = field.getKey();
            }
        }
        return key;
    }
}

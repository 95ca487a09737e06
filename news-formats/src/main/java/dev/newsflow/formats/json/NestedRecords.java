package dev.newsflow.formats.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where an API's response keeps its articles when not at the top level nor under a name the reader knows: the
 * Guardian's {@code {"response": {"results": [...]}}}, the New York Times' {@code {"response": {"docs": [...]}}}, a
 * search engine's {@code hits}, a CMS export's {@code {"db": [{"data": {"posts": [...]}}]}}, a single article under
 * {@code {"article": {...}}}. Searched level by level, a few levels deep: the first list whose first object is an
 * article, else the first object that is one (a list of records before a lone object beside it, which is more often
 * the response's metadata than its article).
 */
final class NestedRecords {

    // {"db": [{"data": {"posts": [...]}}]}: four levels, counting the list's first object as one
    private static final int MAX_DEPTH = 4;

    private NestedRecords() {
    }

    /** The list of records or the one article found, or null. */
    static Object of(Map<?, ?> top, Predicate<Map<?, ?>> isArticle) {
        List<?> records = firstList(top, isArticle);
        return records != null ? records : firstObject(top, isArticle);
    }

    private static List<?> firstList(Map<?, ?> top, Predicate<Map<?, ?>> isArticle) {
        List<Map<?, ?>> level = List.of(top);
        for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
            for (Map<?, ?> object : level) {
                for (Object value : object.values()) {
                    if (value instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Map<?, ?> first
                            && isArticle.test(first)) {
                        return list;
                    }
                }
            }
            level = below(level);
        }
        return null;
    }

    private static Map<?, ?> firstObject(Map<?, ?> top, Predicate<Map<?, ?>> isArticle) {
        List<Map<?, ?>> level = below(List.of(top));
        for (int depth = 1; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
            for (Map<?, ?> object : level) {
                if (isArticle.test(object)) {
                    return object;
                }
            }
            level = below(level);
        }
        return null;
    }

    /** The objects one level down: each object value, and a list's first object (a listing's wrapper in a list). */
    private static List<Map<?, ?>> below(List<Map<?, ?>> level) {
        List<Map<?, ?>> next = new ArrayList<>();
        for (Map<?, ?> object : level) {
            for (Object value : object.values()) {
                if (value instanceof Map<?, ?> inner) {
                    next.add(inner);
                } else if (value instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Map<?, ?> first) {
                    next.add(first);
                }
            }
        }
        return next;
    }
}

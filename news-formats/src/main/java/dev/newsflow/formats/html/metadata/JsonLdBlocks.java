package dev.newsflow.formats.html.metadata;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The JSON of a page's {@code <script type="application/ld+json">} blocks, for {@link JsonLd}: a block parsed
 * leniently (a broken one is none), its objects of a kind found level by level, and every typed object indexed by
 * its {@code @id}.
 */
final class JsonLdBlocks {

    // Buffers recycled per thread: the default pool is a concurrent deque, and its locking and node allocation for
    // each page's few hundred bytes of JSON showed in profiles of page reading. Readers run on platform threads
    // (ingest's pool, the CLI), where a thread's buffers are reused page after page.
    private static final JsonMapper MAPPER = JsonMapper.builder(
                    JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool()).build())
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    // JSON as browsers parse it: what reader views read (ReaderViewJsonLd); tried first, as nearly every block is
    private static final JsonMapper STRICT = JsonMapper.builder(
            JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool()).build()).build();
    static final int MAX_DEPTH = 6;
    // XHTML pages wrap the script's JSON in CDATA or a comment, sometimes behind "//": not part of the JSON
    private static final Pattern WRAPPER = Pattern.compile("^\\s*(?://\\s*)?(?:<!\\[CDATA\\[|<!--)|(?://\\s*)?(?:]]>|-->)\\s*$");

    enum Kind { ARTICLE, WEBSITE, WEBPAGE }

    private JsonLdBlocks() {
    }

    /**
     * A block's JSON, and whether browsers' reader views read it too: valid JSON as browsers parse it, with no
     * wrapper but a plain {@code <![CDATA[ ]]>} (not one behind {@code //}, not a comment).
     *
     * @param json null when the block is not valid JSON even read leniently
     */
    record Block(Object json, boolean readerViewsRead) {
    }

    /** A block's JSON (its CDATA or comment wrapper stripped), read strictly first, then leniently. */
    static Block block(String text) {
        String stripped = text.strip();
        boolean plain = true;
        if (!stripped.isEmpty() && (stripped.charAt(0) == '<' || stripped.charAt(0) == '/')) {
            plain = stripped.startsWith("<![CDATA[");
            stripped = WRAPPER.matcher(stripped).replaceAll("");
        }
        if (plain) {
            try {
                return new Block(STRICT.readValue(stripped, Object.class), true);
            } catch (JacksonException notAsBrowsersParse) {
                // read leniently below
            }
        }
        return new Block(parse(stripped), false);
    }

    /** A block's JSON (its CDATA or comment wrapper stripped), or null when it is not valid JSON. */
    static Object parse(String json) {
        String stripped = json.strip();
        if (!stripped.isEmpty() && (stripped.charAt(0) == '<' || stripped.charAt(0) == '/')) {
            stripped = WRAPPER.matcher(stripped).replaceAll("");
        }
        try {
            return MAPPER.readValue(stripped, Object.class);
        } catch (JacksonException broken) {
            return null;
        }
    }

    static void index(Object json, int depth, Map<Object, Map<?, ?>> byId) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (json instanceof List<?> list) {
            list.forEach(item -> index(item, depth + 1, byId));
        } else if (json instanceof Map<?, ?> map) {
            if (map.get("@id") != null && map.get("@type") != null) {
                byId.putIfAbsent(map.get("@id"), map);
            }
            map.values().forEach(value -> index(value, depth + 1, byId));
        }
    }

    /**
     * The depth of a block's top level, where a page's objects sit: an object's own, the items of an array, the
     * items of a {@code @graph} (the object around it is just the container). Depths below it compare across blocks.
     */
    static int topLevel(Object json) {
        if (json instanceof List<?>) {
            return 1;
        }
        return json instanceof Map<?, ?> map && map.get("@graph") instanceof List<?> ? 2 : 0;
    }

    /**
     * The objects of the kind at the shallowest level that has one, level by level: the page's own article sits at
     * the top of a block or its graph, while the articles a "related" list or a {@code hasPart} names sit deeper,
     * often before it. The level is written to {@code depth[0]}.
     */
    static List<Map<?, ?>> find(Object json, Kind kind, int[] depth) {
        List<Object> level = List.of(json == null ? List.of() : json);
        for (int d = 0; d <= MAX_DEPTH && !level.isEmpty(); d++) {
            List<Object> next = new ArrayList<>();
            List<Map<?, ?>> found = new ArrayList<>(1);
            for (Object node : level) {
                if (node instanceof Map<?, ?> map) {
                    if (is(kind, map.get("@type"))) {
                        found.add(map);
                    }
                    for (Object value : map.values()) {
                        if (value instanceof Map || value instanceof List) {
                            next.add(value);
                        }
                    }
                } else if (node instanceof List<?> list) {
                    next.addAll(list);
                }
            }
            if (!found.isEmpty()) {
                depth[0] = d;
                return found;
            }
            level = next;
        }
        return List.of();
    }

    private static boolean is(Kind kind, Object type) {
        List<?> all = type instanceof List<?> list ? list : type == null ? List.of() : List.of(type);
        for (Object one : all) {
            if (one == null) {
                continue; // "@type": [null, "NewsArticle"]: JSON null is kept in the list
            }
            String t = one.toString().toLowerCase(Locale.ROOT);
            if (switch (kind) {
                // APIReference: schema.org's one Article subtype (of TechArticle) not named an article
                case ARTICLE -> t.endsWith("article") || t.endsWith("posting") || t.equals("report")
                        || t.endsWith("apireference");
                case WEBSITE -> t.equals("website");
                case WEBPAGE -> t.endsWith("page");
            }) {
                return true;
            }
        }
        return false;
    }
}

package dev.newsflow.system.harness;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.newsflow.events.EventJson;
import tools.jackson.databind.JsonNode;

/** How many of one publisher's articles are where, seen from outside: on a topic, and in the store API. */
public final class PublisherCounts {

    private static final EventJson JSON = new EventJson();

    private PublisherCounts() {
    }

    /** Committed records per article id on {@code topic} whose value names {@code publisher} as its source. */
    public static Map<String, Long> onTopic(String bootstrapServers, String topic, String publisher) {
        Map<String, Long> counts = new TreeMap<>();
        TopicReader.readAll(bootstrapServers, topic).stream()
                .filter(record -> publisher.equals(sourceOf(record.value())))
                .forEach(record -> counts.merge(record.key(), 1L, Long::sum));
        return counts;
    }

    /** Every id {@code GET /api/articles?source=} lists, page by page, repeats included. */
    public static List<String> listedByStore(String storeUrl, String publisher) {
        List<String> ids = new ArrayList<>();
        String base = storeUrl + "/api/articles?limit=200&source=" + URLEncoder.encode(publisher, StandardCharsets.UTF_8);
        String cursor = null;
        do {
            JsonNode page = JSON.mapper().readTree(Http.body(cursor == null ? base
                    : base + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            page.path("items").forEach(item -> ids.add(item.path("id").asString()));
            cursor = page.path("nextCursor").isString() ? page.path("nextCursor").asString() : null;
        } while (cursor != null);
        return ids;
    }

    /** The store's count for the publisher in {@code GET /api/stats}; -1 while the store does not answer. */
    public static long storedCount(String storeUrl, String publisher) {
        if (Http.status(storeUrl + "/api/stats") != 200) {
            return -1;
        }
        JsonNode stats = JSON.mapper().readTree(Http.body(storeUrl + "/api/stats"));
        return stats.path("bySource").path(publisher).asLong(0);
    }

    private static String sourceOf(byte[] value) {
        try {
            return JSON.mapper().readTree(value).path("source").asString(null);
        } catch (RuntimeException notJson) {
            // poison records other scenarios put on the topics on purpose
            return null;
        }
    }
}

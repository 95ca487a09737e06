package dev.newsflow.store.consume;

import dev.newsflow.events.validation.DroppedPart;
import dev.newsflow.events.validation.LocalRules;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parts the schema requires that the store derives rather than lose the article over: a missing or invalid
 * {@code enrichedAt} becomes the record's timestamp, {@code ingestedAt} the {@code enrichedAt}, {@code wordCount} is
 * recounted, {@code keywords} and {@code entities} become empty. An invalid document {@code sentiment} is left out:
 * the article is stored with an unknown tone.
 */
final class RequiredPartFallbacks {

    /** What the store applies on top of the schema when it reads. */
    static final LocalRules STORE_RULES = new LocalRules(List.of(new PostgresTextRule()),
            Set.of(pointer("sentiment"), pointer("enrichedAt"), pointer("ingestedAt"), pointer("wordCount"),
                    pointer("keywords"), pointer("entities")));

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private RequiredPartFallbacks() {
    }

    /**
     * Fills in, in place, what the validator let go; a part that was merely missing is added to {@code dropped}
     * (one that was invalid is there already).
     *
     * @param received when the record reached the topic: the last resort for a missing time
     */
    static void fill(ObjectNode article, Instant received, List<DroppedPart> dropped) {
        if (!article.has("enrichedAt")) {
            article.put("enrichedAt", received.toString());
            replaced("enrichedAt", "the record's timestamp", dropped);
        }
        if (!article.has("ingestedAt")) {
            article.put("ingestedAt", article.get("enrichedAt").stringValue());
            replaced("ingestedAt", "enrichedAt", dropped);
        }
        if (!article.has("wordCount")) {
            String text = article.get("title").stringValue() + " " + article.get("body").stringValue();
            article.put("wordCount", (int) WHITESPACE.splitAsStream(text.strip()).filter(w -> !w.isEmpty()).count());
            replaced("wordCount", "recounted", dropped);
        }
        for (String list : List.of("keywords", "entities")) {
            if (!article.has(list)) {
                article.putArray(list);
                replaced(list, "empty", dropped);
            }
        }
    }

    private static void replaced(String field, String by, List<DroppedPart> dropped) {
        String location = pointer(field).toString();
        if (dropped.stream().noneMatch(part -> part.location().equals(location))) {
            dropped.add(new DroppedPart(location, field, location + ": missing, replaced by " + by));
        }
    }

    private static JsonPointer pointer(String field) {
        return JsonPointer.empty().appendProperty(field);
    }
}

package dev.newsflow.store.consume;

import dev.newsflow.events.EntityType;
import dev.newsflow.events.SentimentLabel;
import dev.newsflow.store.article.IdentifiedEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.newsflow.store.consume.JsonChecks.isIntAtLeast;
import static dev.newsflow.store.consume.JsonChecks.isNumberIn;
import static dev.newsflow.store.consume.JsonChecks.isText;

/**
 * Removes, in place, the entities the store cannot keep (no name, no known type, no mention count) and the invalid
 * optional parts of the others (id, aliases, offset, salience, sentiment, geo), so one bad part never costs the
 * article.
 */
final class EntityPartCheck {

    private static final Set<String> TYPES = Arrays.stream(EntityType.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> LABELS = Arrays.stream(SentimentLabel.values()).map(SentimentLabel::wireName)
            .collect(Collectors.toUnmodifiableSet());
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

    private EntityPartCheck() {
    }

    static void clean(ObjectNode article, DroppedParts dropped) {
        JsonNode entities = article.get("entities");
        if (entities == null || !entities.isArray()) {
            article.putArray("entities");
            dropped.add("entities", "entities");
            return;
        }
        ArrayNode list = (ArrayNode) entities;
        // backwards, so removing one does not shift the ones still to check; paths keep the received positions
        for (int index = list.size() - 1; index >= 0; index--) {
            JsonNode entity = list.get(index);
            String path = "entities[" + index + "]";
            if (!isStorable(entity)) {
                list.remove(index);
                dropped.add("entity", path);
            } else {
                cleanParts((ObjectNode) entity, path, dropped);
            }
        }
    }

    private static boolean isStorable(JsonNode entity) {
        return entity.isObject() && isText(entity.get("name")) && entity.get("type") != null
                && entity.get("type").isString() && TYPES.contains(entity.get("type").stringValue())
                && isIntAtLeast(entity.get("mentions"), 1);
    }

    private static void cleanParts(ObjectNode entity, String path, DroppedParts dropped) {
        JsonNode id = entity.get("id");
        if (id != null && !(id.isString()
                && IdentifiedEntity.isValidFor(id.stringValue(), EntityType.valueOf(entity.get("type").stringValue())))) {
            drop(entity, "id", path, dropped);
        }
        cleanAliases(entity, path, dropped);
        if (entity.has("firstOffset") && !isIntAtLeast(entity.get("firstOffset"), 0)) {
            drop(entity, "firstOffset", path, dropped);
        }
        if (entity.has("salience") && !isNumberIn(entity.get("salience"), 0, 1)) {
            drop(entity, "salience", path, dropped);
        }
        JsonNode sentiment = entity.get("sentiment");
        if (sentiment != null && !isSentiment(sentiment)) {
            drop(entity, "sentiment", path, dropped);
        }
        JsonNode geo = entity.get("geo");
        if (geo != null && !(geo.isObject() && isNumberIn(geo.get("lat"), -90, 90)
                && isNumberIn(geo.get("lon"), -180, 180))) {
            drop(entity, "geo", path, dropped);
        } else if (geo != null && geo.has("countryCode") && !(geo.get("countryCode").isString()
                && COUNTRY_CODE.matcher(geo.get("countryCode").stringValue()).matches())) {
            ((ObjectNode) geo).remove("countryCode");
            dropped.add("entity.geo.countryCode", path + ".geo.countryCode");
        }
    }

    /** Label and score as the document sentiment and the entity sentiment both require them. */
    static boolean isSentiment(JsonNode sentiment) {
        JsonNode label = sentiment.get("label");
        return sentiment.isObject() && label != null && label.isString() && LABELS.contains(label.stringValue())
                && isNumberIn(sentiment.get("score"), -1, 1);
    }

    private static void cleanAliases(ObjectNode entity, String path, DroppedParts dropped) {
        JsonNode aliases = entity.get("aliases");
        if (aliases == null) {
            return;
        }
        if (!aliases.isArray()) {
            entity.putArray("aliases");
            dropped.add("entity.aliases", path + ".aliases");
            return;
        }
        JsonChecks.removeIf((ArrayNode) aliases, alias -> !isText(alias),
                index -> dropped.add("entity.aliases", path + ".aliases[" + index + "]"));
    }

    private static void drop(ObjectNode entity, String field, String path, DroppedParts dropped) {
        entity.remove(field);
        dropped.add("entity." + field, path + "." + field);
    }
}

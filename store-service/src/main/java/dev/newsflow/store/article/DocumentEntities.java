package dev.newsflow.store.article;

import dev.newsflow.events.NamedEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/** The entities of an enriched article's JSON, each with the id it carries or its derived one. */
final class DocumentEntities {

    private DocumentEntities() {
    }

    /** @throws tools.jackson.core.JacksonException when an entity is not a valid entity of the contract */
    static List<IdentifiedEntity> read(JsonNode article, JsonMapper mapper) {
        JsonNode entities = article.get("entities");
        List<IdentifiedEntity> read = new ArrayList<>();
        if (entities == null || !entities.isArray()) {
            return read;
        }
        for (JsonNode node : entities) {
            JsonNode id = node.get("id");
            read.add(IdentifiedEntity.of(id == null || !id.isString() ? null : id.stringValue(),
                    mapper.treeToValue(node, NamedEntity.class)));
        }
        return read;
    }
}

package dev.newsflow.events.validation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A schema with each {@code "$ref": "#/$defs/..."} replaced by a copy of the definition it names, so that it means
 * the same with fewer steps. networknt follows a reference per value at every validation (an evaluation step of its
 * own, with its path and bookkeeping), and the enriched record reaches most of its values (every keyword, entity,
 * name, score) through one. A reference is inlined only when the keywords beside it are annotations, which assert
 * nothing; a reference elsewhere, into a cycle, or to a definition that names a place of its own ({@code $id},
 * an anchor), which a copy would name twice, is kept as it is.
 */
final class InlinedRefs {

    private static final String DEFS = "#/$defs/";
    private static final Set<String> ANNOTATIONS = Set.of("description", "title", "$comment");
    private static final Set<String> PLACES = Set.of("$id", "$anchor", "$dynamicAnchor", "$recursiveAnchor",
            "$dynamicRef", "$recursiveRef", "$schema", "$vocabulary");
    /** Keywords whose values are instances, not schemas: a "$ref" in them is data. */
    private static final Set<String> DATA = Set.of("enum", "const", "default", "examples");

    private final JsonNode defs;
    private final Deque<String> inlining = new ArrayDeque<>();

    private InlinedRefs(JsonNode defs) {
        this.defs = defs;
    }

    /** A copy of {@code schema} with its references to its own {@code $defs} inlined; {@code schema} is unchanged. */
    static JsonNode of(JsonNode schema) {
        return new InlinedRefs(schema.path("$defs")).inline(schema.deepCopy());
    }

    private JsonNode inline(JsonNode node) {
        if (node instanceof ObjectNode object) {
            String name = inlinable(object);
            if (name != null) {
                inlining.push(name);
                ObjectNode definition = (ObjectNode) inline(defs.get(name).deepCopy());
                inlining.pop();
                for (Map.Entry<String, JsonNode> annotation : object.properties()) {
                    if (!annotation.getKey().equals("$ref")) {
                        definition.set(annotation.getKey(), annotation.getValue());
                    }
                }
                return definition;
            }
            for (String member : List.copyOf(object.propertyNames())) {
                if (!DATA.contains(member)) {
                    object.set(member, inline(object.get(member)));
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, inline(array.get(i)));
            }
        }
        return node;
    }

    /** The definition {@code object} only refers to, or null when it is not such a reference. */
    private String inlinable(ObjectNode object) {
        JsonNode ref = object.get("$ref");
        if (ref == null || !ref.isString() || !ref.asString().startsWith(DEFS)) {
            return null;
        }
        String name = ref.asString().substring(DEFS.length());
        boolean onlyAnnotations = object.propertyNames().stream()
                .allMatch(key -> key.equals("$ref") || ANNOTATIONS.contains(key));
        return onlyAnnotations && !name.contains("/") && !name.contains("~") && defs.get(name) instanceof ObjectNode
                && namesNoPlace(defs.get(name)) && !inlining.contains(name) ? name : null;
    }

    private static boolean namesNoPlace(JsonNode node) {
        if (node instanceof ObjectNode object && object.propertyNames().stream().anyMatch(PLACES::contains)) {
            return false;
        }
        return node.values().stream().allMatch(InlinedRefs::namesNoPlace);
    }
}

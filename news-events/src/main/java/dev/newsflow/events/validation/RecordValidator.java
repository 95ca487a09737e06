package dev.newsflow.events.validation;

import dev.newsflow.events.EventType;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one validation path of the contract: producers check a record against its {@link EventType}'s schema before
 * they publish it, consumers when they read it. A record that breaks the schema in an optional part loses just that
 * part and is kept: the smallest part its parent can do without, found from the violation's location (a
 * non-numeric {@code lat} takes its entity's {@code geo} with it, an entity without a name is left out whole, a bad
 * keyword alone). A record broken in a part it cannot do without is {@linkplain UnusableRecordException unusable}.
 * Schemas are compiled once; an instance is thread-safe and meant to be shared.
 */
public final class RecordValidator {

    private final EventSchemas schemas = new EventSchemas();

    /** What in {@code record} breaks the schema of {@code type}; empty when it conforms. */
    public List<Violation> violations(EventType type, JsonNode record) {
        return schemas.violations(type, record);
    }

    /** @throws UnusableRecordException when a part the schema requires is itself invalid */
    public Validated validate(EventType type, JsonNode record) {
        return validate(type, record, LocalRules.NONE);
    }

    /**
     * {@code record} as it conforms to the schema of {@code type} and to {@code local}'s constraints.
     *
     * @throws UnusableRecordException when a part that neither the schema nor {@code local} lets go is invalid
     */
    public Validated validate(EventType type, JsonNode record, LocalRules local) {
        List<Violation> violations = violations(type, record, local);
        if (violations.isEmpty()) {
            return new Validated(record, List.of());
        }
        JsonNode repaired = record.deepCopy();
        List<DroppedPart> dropped = new ArrayList<>();
        while (!violations.isEmpty()) { // each round removes a node, so this ends
            repaired = withoutPartBreaking(type, repaired, violations.getFirst(), local, dropped);
            violations = violations(type, repaired, local);
        }
        return new Validated(repaired, dropped);
    }

    private List<Violation> violations(EventType type, JsonNode record, LocalRules local) {
        Stream<Violation> schema = schemas.violations(type, record).stream()
                .filter(v -> v.missing() == null || !local.canDoWithout().contains(v.location().appendProperty(v.missing())));
        Stream<Violation> extra = local.constraints().stream().flatMap(rule -> rule.violations(record).stream());
        return Stream.concat(schema, extra).toList();
    }

    private JsonNode withoutPartBreaking(EventType type, JsonNode record, Violation violation, LocalRules local,
            List<DroppedPart> dropped) {
        JsonPointer part = violation.missing() == null ? violation.location()
                : violation.location().appendProperty(violation.missing());
        while (!part.matches()) {
            JsonNode without = record.deepCopy();
            if (remove(without, part) && !isRequired(part, violations(type, without, local))) {
                dropped.add(new DroppedPart(part.toString(), kind(record, part), violation.describe()));
                return without;
            }
            part = part.head();
        }
        throw new UnusableRecordException(violation);
    }

    /** Whether leaving {@code part} out breaks its parent's {@code required}. */
    private static boolean isRequired(JsonPointer part, List<Violation> violations) {
        JsonPointer parent = part.head();
        String name = part.last().getMatchingProperty();
        return violations.stream().anyMatch(v -> name.equals(v.missing()) && v.location().equals(parent));
    }

    /** Removes the node at {@code part}; false when there is none (a missing member cannot be left out). */
    private static boolean remove(JsonNode root, JsonPointer part) {
        JsonNode parent = root.at(part.head());
        JsonPointer last = part.last();
        if (parent instanceof ArrayNode array && last.mayMatchElement() && last.getMatchingIndex() < array.size()) {
            array.remove(last.getMatchingIndex());
            return true;
        }
        if (parent instanceof ObjectNode object && object.has(last.getMatchingProperty())) {
            object.remove(last.getMatchingProperty());
            return true;
        }
        return false;
    }

    private static String kind(JsonNode root, JsonPointer part) {
        StringBuilder kind = new StringBuilder();
        JsonNode node = root;
        for (JsonPointer step = part; !step.matches(); step = step.tail()) {
            if (node.isArray()) {
                kind.append("[]");
                node = node.path(step.getMatchingIndex());
            } else {
                kind.append(kind.isEmpty() ? "" : ".").append(step.getMatchingProperty());
                node = node.path(step.getMatchingProperty());
            }
        }
        return kind.toString();
    }
}

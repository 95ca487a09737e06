package dev.newsflow.events.validation;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import dev.newsflow.events.EventType;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The JSON Schema (draft 2020-12) of every {@link EventType}, loaded from this jar and compiled once. {@code format}
 * is asserted, not just annotated: a {@code date-time} that is not one breaks the contract. Each schema is compiled
 * with its references {@linkplain InlinedRefs inlined}. Thread-safe.
 */
final class EventSchemas {

    private final Map<EventType, Schema> schemas = new EnumMap<>(EventType.class);

    EventSchemas() {
        this(InlinedRefs::of);
    }

    /** The schemas each {@code prepared} before compiling: the identity compiles them as written, for comparison. */
    EventSchemas(UnaryOperator<JsonNode> prepared) {
        Dialect dialect = Dialect.builder(Dialects.getDraft202012())
                .keyword(PlainRanges.minimum()).keyword(PlainRanges.maximum()).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true).build()));
        for (EventType type : EventType.values()) {
            Schema schema = load(registry, type.schemaResource(), prepared);
            // compiled now, not lazily on the first record by whichever thread gets there first
            schema.initializeValidators();
            schemas.put(type, schema);
        }
    }

    List<Violation> violations(EventType type, JsonNode record) {
        return schemas.get(type).validate(record).stream().map(EventSchemas::violation).toList();
    }

    private static Violation violation(Error error) {
        String missing = "required".equals(error.getKeyword()) ? error.getProperty() : null;
        return new Violation(pointer(error.getInstanceLocation()), error.getMessage(), missing);
    }

    private static JsonPointer pointer(NodePath path) {
        JsonPointer pointer = JsonPointer.empty();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer = element instanceof Integer index ? pointer.appendIndex(index)
                    : pointer.appendProperty(element.toString());
        }
        return pointer;
    }

    private static Schema load(SchemaRegistry registry, String resource, UnaryOperator<JsonNode> prepared) {
        try (InputStream in = EventType.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing JSON Schema " + resource + " in news-events");
            }
            return registry.getSchema(prepared.apply(JsonMapper.shared().readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

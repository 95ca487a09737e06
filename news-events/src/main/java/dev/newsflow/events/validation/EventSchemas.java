package dev.newsflow.events.validation;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.newsflow.events.EventType;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON Schema (draft 2020-12) of every {@link EventType}, loaded from this jar and compiled once. {@code format}
 * is asserted, not just annotated: a {@code date-time} that is not one breaks the contract. Thread-safe.
 */
final class EventSchemas {

    /**
     * SHA-256 of the schema texts {@link KnownShapes} was written from: for any other text (an edited schema) the
     * validator judges every record alone.
     */
    private static final Map<EventType, String> SHAPES_WRITTEN_FOR = Map.of(
            EventType.ARTICLE_INGESTED, "6cce27f9f0ee5a46ff9f90e3abcd67e4ecb95034dbfa2bd3b002866206dd599b",
            EventType.ARTICLE_ENRICHED, "0844092679e027d16f1400a413e160a8d9115d34c3d387565a46b9fe888c6768");

    private final Map<EventType, Schema> schemas = new EnumMap<>(EventType.class);
    private final Set<EventType> quickCheck = EnumSet.noneOf(EventType.class);

    EventSchemas() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true).build()));
        for (EventType type : EventType.values()) {
            byte[] text = read(type.schemaResource());
            if (SHAPES_WRITTEN_FOR.get(type).equals(sha256(text))) {
                quickCheck.add(type);
            }
            Schema schema = registry.getSchema(new ByteArrayInputStream(text), InputFormat.JSON);
            // compiled now, not lazily on the first record by whichever thread gets there first
            schema.initializeValidators();
            schemas.put(type, schema);
        }
    }

    List<Violation> violations(EventType type, JsonNode record) {
        if (quickCheck.contains(type) && KnownShapes.conforms(type, record)) {
            return List.of();
        }
        return validatorViolations(type, record);
    }

    /** What the JSON Schema validator alone finds in {@code record}. */
    List<Violation> validatorViolations(EventType type, JsonNode record) {
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

    /** Whether records of {@code type} that {@link KnownShapes} passes skip the validator. */
    boolean quickChecks(EventType type) {
        return quickCheck.contains(type);
    }

    private static byte[] read(String resource) {
        try (InputStream in = EventType.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing JSON Schema " + resource + " in news-events");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

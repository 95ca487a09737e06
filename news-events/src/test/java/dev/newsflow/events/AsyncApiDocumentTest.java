package dev.newsflow.events;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document users read must describe the topics, headers and schemas the code really uses. */
class AsyncApiDocumentTest {

    private static final String DOCUMENT = "/dev/newsflow/events/asyncapi.yaml";
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final JsonNode doc = load();

    @Test
    void isAnAsyncApi3DocumentWithKafkaServers() {
        assertThat(doc.path("asyncapi").asString()).startsWith("3.");
        assertThat(doc.path("servers").path("local").path("protocol").asString()).isEqualTo("kafka");
    }

    @Test
    void describesExactlyTheTopicsTheServicesUse() {
        Set<String> addresses = new HashSet<>();
        doc.path("channels").forEach(channel -> addresses.add(channel.path("address").asString()));

        assertThat(addresses).containsExactlyInAnyOrder(Topics.RAW_ARTICLES, Topics.ENRICHED_ARTICLES,
                Topics.deadLetter(Topics.RAW_ARTICLES), Topics.deadLetter(Topics.ENRICHED_ARTICLES));
    }

    @Test
    void eachEventTopicCarriesItsEventTypeWithTheSchemaFileTheCodecIsTestedAgainst() {
        for (EventType type : EventType.values()) {
            JsonNode message = messageOn(type.topic());

            String schemaRef = message.path("payload").path("schema").path("$ref").asString();
            assertThat("/dev/newsflow/events/" + schemaRef.replaceFirst("^\\./", ""))
                    .as(type + " payload").isEqualTo(type.schemaResource());
            for (JsonNode example : message.path("examples")) {
                assertThat(example.path("headers").path(EventHeaders.TYPE).asString()).isEqualTo(type.ceType());
            }
        }
    }

    @Test
    void headerSchemaMatchesTheHeadersTheProducersWrite() {
        JsonNode headers = doc.path("components").path("schemas").path("cloudEventHeaders");
        Set<String> required = new HashSet<>();
        headers.path("required").forEach(name -> required.add(name.asString()));
        Set<String> ceTypes = new HashSet<>();
        headers.path("properties").path(EventHeaders.TYPE).path("enum").forEach(t -> ceTypes.add(t.asString()));

        var written = CloudEvent.of(EventType.ARTICLE_INGESTED, "/test", java.time.Instant.EPOCH).headers().keySet();
        assertThat(required).containsExactlyInAnyOrderElementsOf(written);
        assertThat(headers.path("properties").has(EventHeaders.TRACEPARENT)).isTrue();
        assertThat(ceTypes).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(EventType.values()).map(EventType::ceType).collect(Collectors.toSet()));
    }

    @Test
    void everyExampleValidatesAgainstItsPayloadAndHeaderSchemas() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema headerSchema = registry.getSchema(doc.path("components").path("schemas").path("cloudEventHeaders"));
        int examples = 0;
        for (EventType type : EventType.values()) {
            Schema payloadSchema = schema(registry, type);
            for (JsonNode example : messageOn(type.topic()).path("examples")) {
                List<Error> errors = new ArrayList<>(payloadSchema.validate(example.path("payload")));
                errors.addAll(headerSchema.validate(example.path("headers")));
                assertThat(errors).as(type + " example " + example.path("name").asString()).isEmpty();
                examples++;
            }
        }
        assertThat(examples).isGreaterThanOrEqualTo(EventType.values().length);
    }

    @Test
    void everyLocalReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);

        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
            } else {
                assertThat(AsyncApiDocumentTest.class.getResource("/dev/newsflow/events/" + ref.replaceFirst("^\\./", "")))
                        .as(ref).isNotNull();
            }
        }
    }

    private JsonNode messageOn(String topic) {
        for (JsonNode channel : doc.path("channels")) {
            if (topic.equals(channel.path("address").asString())) {
                String ref = channel.path("messages").iterator().next().path("$ref").asString();
                return doc.at(ref.substring(1));
            }
        }
        throw new AssertionError("no channel for " + topic);
    }

    private static Schema schema(SchemaRegistry registry, EventType type) {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            return registry.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("$ref")) {
                    refs.add(field.getValue().asString());
                } else {
                    collectRefs(field.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }

    private static JsonNode load() {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream(DOCUMENT)) {
            assertThat(in).as(DOCUMENT).isNotNull();
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

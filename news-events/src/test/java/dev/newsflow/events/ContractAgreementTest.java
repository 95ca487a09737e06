package dev.newsflow.events;

import dev.newsflow.events.validation.RecordValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every contract record agrees with the schema object it is written as: the same fields, and the constructor refuses
 * (or replaces) null exactly for what the schema requires, so a record that can be built is one the schema accepts.
 */
class ContractAgreementTest {

    /**
     * Schema properties a record does not have (none today): an entry makes the test fail once the record gains the
     * field, so a gap cannot outlive its fix.
     */
    private static final Map<Class<?>, Set<String>> KNOWN_GAPS = Map.of();

    /**
     * Primitive components the schema leaves optional: an invalid value costs only itself (the consumer reads its
     * absence as 0) instead of taking the whole object with it. Boxing them would say "absent" instead of 0.
     */
    private static final Set<String> OPTIONAL_PRIMITIVES = Set.of("ArticleOrigin.sizeBytes", "Sentiment.positive",
            "Sentiment.negative", "Sentiment.neutral", "NamedEntity.firstOffset", "NamedEntity.salience");

    /**
     * String components the schema requires to hold a non-white-space character while the constructor still accepts
     * white space only: an entry makes the test fail once the constructor refuses it. The enriched origin's names
     * are texts while the raw origin's are plain strings (one record for both); a blank entity name is dropped by the
     * validator with its entity instead of failing the article.
     */
    private static final Set<String> KNOWN_BLANK_GAPS = Set.of("ArticleOrigin.fileName", "ArticleOrigin.format",
            "NamedEntity.name", "NamedEntity.canonicalName");

    private static final JsonMapper MAPPER = new EventJson().mapper();

    static Stream<Arguments> recordsAndTheirSchemas() {
        ArticleEnriched enriched = SampleEvents.enriched();
        NamedEntity person = enriched.entities().getFirst();
        NamedEntity place = enriched.entities().get(1);
        return Stream.of(
                Arguments.of(SampleEvents.ingested(), EventType.ARTICLE_INGESTED, ""),
                Arguments.of(SampleEvents.ingested().origin(), EventType.ARTICLE_INGESTED, "/$defs/origin"),
                Arguments.of(enriched, EventType.ARTICLE_ENRICHED, ""),
                Arguments.of(enriched.origin(), EventType.ARTICLE_ENRICHED, "/properties/origin"),
                Arguments.of(enriched.sentiment(), EventType.ARTICLE_ENRICHED, "/properties/sentiment"),
                Arguments.of(person, EventType.ARTICLE_ENRICHED, "/$defs/entity"),
                Arguments.of(person.sentiment(), EventType.ARTICLE_ENRICHED, "/$defs/entity/properties/sentiment"),
                Arguments.of(place.geo(), EventType.ARTICLE_ENRICHED, "/$defs/entity/properties/geo"));
    }

    @ParameterizedTest(name = "{0} vs {1}{2}")
    @MethodSource("recordsAndTheirSchemas")
    void theRecordHasExactlyTheSchemasFields(Record sample, EventType type, String pointer) {
        JsonNode schema = schemaObject(type, pointer);
        Set<String> properties = new TreeSet<>(schema.path("properties").propertyNames());
        Set<String> components = new TreeSet<>(Arrays.stream(sample.getClass().getRecordComponents())
                .map(RecordComponent::getName).toList());
        Set<String> gaps = KNOWN_GAPS.getOrDefault(sample.getClass(), Set.of());

        for (String gap : gaps) {
            assertThat(components).as("known gap closed: remove " + gap + " from KNOWN_GAPS").doesNotContain(gap);
        }
        assertThat(properties).as("known gaps are in the schema").containsAll(gaps);
        properties.removeAll(gaps);
        assertThat(components).as(sample.getClass().getSimpleName() + " components vs schema properties")
                .isEqualTo(properties);
    }

    @ParameterizedTest(name = "{0} vs {1}{2}")
    @MethodSource("recordsAndTheirSchemas")
    void theConstructorInsistsOnExactlyWhatTheSchemaRequires(Record sample, EventType type, String pointer)
            throws ReflectiveOperationException {
        Set<String> required = new HashSet<>();
        schemaObject(type, pointer).path("required").forEach(name -> required.add(name.asString()));
        String owner = sample.getClass().getSimpleName();
        RecordComponent[] components = sample.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            String name = owner + "." + components[i].getName();
            boolean isRequired = required.contains(components[i].getName());
            if (components[i].getType().isPrimitive()) {
                assertThat(isRequired || OPTIONAL_PRIMITIVES.contains(name))
                        .as(name + " is a primitive: it is always written, so the schema must require it").isTrue();
                assertThat(isRequired && OPTIONAL_PRIMITIVES.contains(name))
                        .as(name + " is required now: remove it from OPTIONAL_PRIMITIVES").isFalse();
            } else {
                assertThat(neverHoldsNull(sample, i))
                        .as(name + (isRequired ? " is required: the constructor must refuse or replace null"
                                : " is optional: the constructor must accept null"))
                        .isEqualTo(isRequired);
            }
        }
    }

    @ParameterizedTest(name = "{0} vs {1}{2}")
    @MethodSource("recordsAndTheirSchemas")
    void theConstructorRefusesWhiteSpaceOnlyExactlyForTheSchemasTexts(Record sample, EventType type, String pointer)
            throws ReflectiveOperationException {
        JsonNode file = schemaObject(type, "");
        JsonNode properties = schemaObject(type, pointer).path("properties");
        String owner = sample.getClass().getSimpleName();
        RecordComponent[] components = sample.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (components[i].getType() != String.class) {
                continue;
            }
            String name = owner + "." + components[i].getName();
            JsonNode property = resolved(file, properties.path(components[i].getName()));
            // the schemas' one way to say "a text": $defs/text, a string with a non-white-space character
            boolean schemaRefuses = "\\S".equals(property.path("pattern").asString(""));
            if (KNOWN_BLANK_GAPS.contains(name) && schemaRefuses) {
                assertThat(refusesWhiteSpaceOnly(sample, i)).as("known gap closed: remove " + name).isFalse();
                continue;
            }
            assertThat(refusesWhiteSpaceOnly(sample, i))
                    .as(name + (schemaRefuses ? " must hold a non-white-space character: the constructor must refuse"
                            + " white space only" : " may be white space only in the schema: the constructor must"
                            + " accept it"))
                    .isEqualTo(schemaRefuses);
        }
    }

    /** Unicode spaces too: the record refuses a title exactly when the validator does, whatever "white space" is. */
    @ParameterizedTest
    @ValueSource(strings = {" ", "\t\r\n", "\u2003", "\u00a0", "\u3000", "\ufeff", " x "})
    void theRecordAndTheValidatorAgreeOnWhatIsWhiteSpaceOnly(String title) {
        ObjectNode record = (ObjectNode) MAPPER.valueToTree(SampleEvents.ingested());
        record.put("title", title);
        boolean schemaAccepts = new RecordValidator().violations(EventType.ARTICLE_INGESTED, record).isEmpty();

        boolean recordAccepts;
        try {
            MAPPER.treeToValue(record, ArticleIngested.class);
            recordAccepts = true;
        } catch (ValueInstantiationException e) {
            recordAccepts = false;
        }

        assertThat(recordAccepts).as("the record accepts \"%s\"", title).isEqualTo(schemaAccepts);
    }

    /** The property's own schema, following a local {@code $ref} ({@code #/$defs/text}). */
    private static JsonNode resolved(JsonNode file, JsonNode property) {
        String ref = property.path("$ref").asString("");
        return ref.startsWith("#") ? file.at(JsonPointer.compile(ref.substring(1))) : property;
    }

    /** Whether building the record with white space only for component {@code index} fails. */
    private static boolean refusesWhiteSpaceOnly(Record sample, int index) throws ReflectiveOperationException {
        try {
            build(sample, index, " \t\n");
            return false;
        } catch (InvocationTargetException e) {
            assertThat(e.getCause()).as(sample.getClass().getRecordComponents()[index].getName())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("white space");
            return true;
        }
    }

    /** The record {@code sample} with {@code value} for component {@code index}. */
    private static Object build(Record sample, int index, Object value) throws ReflectiveOperationException {
        RecordComponent[] components = sample.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = i == index ? value : components[i].getAccessor().invoke(sample);
            types[i] = components[i].getType();
        }
        return sample.getClass().getDeclaredConstructor(types).newInstance(values);
    }

    /** Whether building the record with null for component {@code index} fails or gives a non-null value. */
    private static boolean neverHoldsNull(Record sample, int index) throws ReflectiveOperationException {
        RecordComponent[] components = sample.getClass().getRecordComponents();
        try {
            Object built = build(sample, index, null);
            return components[index].getAccessor().invoke(built) != null;
        } catch (InvocationTargetException e) {
            assertThat(e.getCause()).as(components[index].getName()).isInstanceOf(NullPointerException.class);
            return true;
        }
    }

    private static JsonNode schemaObject(EventType type, String pointer) {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            JsonNode schema = MAPPER.readTree(in).at(JsonPointer.compile(pointer));
            assertThat(schema.isObject()).as(type + pointer).isTrue();
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.newsflow.events.validation;

import dev.newsflow.events.EventJson;
import dev.newsflow.events.EventType;
import dev.newsflow.events.SampleEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * article-enriched.v1's rule that an entity's id names an entity of its own type (geo: for a LOCATION, org: for an
 * ORGANIZATION, person: for a PERSON), over every type and prefix: what the schema accepts and rejects, and where it
 * says the fault is, whatever form the schema's conditionals take.
 */
class EntityIdRuleTest {

    private static final RecordValidator VALIDATOR = new RecordValidator();
    private static final List<String> TYPES = List.of("LOCATION", "ORGANIZATION", "PERSON");
    private static final List<String> PREFIXES = List.of("geo", "org", "person");

    private final EventJson json = new EventJson();

    static Stream<Arguments> typesAndPrefixes() {
        return TYPES.stream().flatMap(type -> PREFIXES.stream().map(prefix -> Arguments.of(type, prefix)));
    }

    @ParameterizedTest(name = "{0} with id {1}:")
    @MethodSource("typesAndPrefixes")
    void anIdOfTheEntitysOwnTypeIsAcceptedAndAnyOtherRejectedAtTheId(String type, String prefix) {
        ObjectNode entity = entity(type).put("id", prefix + ":name:x-1");

        List<Violation> violations = violations(entity);

        if (TYPES.indexOf(type) == PREFIXES.indexOf(prefix)) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.location()).hasToString("/entities/0/id");
                assertThat(v.message()).contains("^" + PREFIXES.get(TYPES.indexOf(type)) + ":");
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"LOCATION", "ORGANIZATION", "PERSON"})
    void anEntityWithoutAnIdMeetsTheRule(String type) {
        assertThat(violations(entity(type))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"geo", "org", "person"})
    void withoutAKnownTypeOnlyTheTypeIsAtFault(String prefix) {
        ObjectNode unknown = entity("PLACE").put("id", prefix + ":name:x-1");
        ObjectNode untyped = entity("PERSON").put("id", prefix + ":name:x-1");
        untyped.remove("type");

        assertThat(violations(unknown)).singleElement()
                .satisfies(v -> assertThat(v.location()).hasToString("/entities/0/type"));
        assertThat(violations(untyped)).singleElement().satisfies(v -> {
            assertThat(v.location()).hasToString("/entities/0");
            assertThat(v.missing()).isEqualTo("type");
        });
    }

    @ParameterizedTest(name = "{0} with id {1}:")
    @MethodSource("typesAndPrefixes")
    void aPublishedRecordLosesAnEntityWhoseIdNamesAnotherType(String type, String prefix) {
        ObjectNode record = record(entity(type).put("id", prefix + ":name:x-1"));

        Validated validated = VALIDATOR.validate(EventType.ARTICLE_ENRICHED, record);

        boolean matches = TYPES.indexOf(type) == PREFIXES.indexOf(prefix);
        assertThat(validated.dropped()).extracting(DroppedPart::location)
                .containsExactlyElementsOf(matches ? List.of() : List.of("/entities/0/id"));
    }

    private List<Violation> violations(ObjectNode entity) {
        return VALIDATOR.violations(EventType.ARTICLE_ENRICHED, record(entity));
    }

    private ObjectNode record(ObjectNode entity) {
        ObjectNode record = (ObjectNode) json.mapper().readTree(json.write(SampleEvents.enriched()));
        record.putArray("entities").add(entity);
        return record;
    }

    private ObjectNode entity(String type) {
        ObjectNode entity = json.mapper().createObjectNode().put("name", "Some Name").put("type", type)
                .put("mentions", 1);
        entity.putArray("aliases");
        return entity;
    }
}

package dev.newsflow.events.validation;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.EventType;
import dev.newsflow.events.SampleEvents;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordValidatorTest {

    private static final RecordValidator VALIDATOR = new RecordValidator();
    private static final EventType ENRICHED = EventType.ARTICLE_ENRICHED;

    private final EventJson json = new EventJson();

    @Test
    void aValidRecordIsKeptAsItIs() {
        JsonNode record = sample();

        Validated valid = VALIDATOR.validate(ENRICHED, record);

        assertThat(valid.dropped()).isEmpty();
        assertThat(valid.record()).isSameAs(record);
        assertThat(VALIDATOR.validate(EventType.ARTICLE_INGESTED, tree(SampleEvents.ingested())).dropped()).isEmpty();
    }

    @Test
    void fieldsTheSchemaDoesNotKnowAreAcceptedAtAnyDepth() {
        ObjectNode record = sample();
        for (String at : List.of("", "/origin", "/sentiment", "/entities/0", "/entities/0/sentiment", "/entities/1/geo")) {
            ((ObjectNode) record.at(at)).put("addedLater", "x");
        }

        assertThat(VALIDATOR.validate(ENRICHED, record).dropped()).isEmpty();
        assertThat(json.mapper().treeToValue(record, ArticleEnriched.class)).isEqualTo(SampleEvents.enriched());
    }

    @Test
    void aNonNumericCoordinateTakesItsGeoAndNothingElse() {
        ObjectNode record = sample();
        ((ObjectNode) record.at("/entities/1/geo")).put("lat", "NaN");

        Validated valid = VALIDATOR.validate(ENRICHED, record);

        assertThat(valid.dropped()).singleElement().satisfies(part -> {
            assertThat(part.location()).isEqualTo("/entities/1/geo");
            assertThat(part.kind()).isEqualTo("entities[].geo");
            assertThat(part.reason()).startsWith("/entities/1/geo/lat: ");
        });
        assertThat(valid.record().at("/entities/1").has("geo")).isFalse();
        assertThat(valid.record().at("/entities/1/name").asString()).isEqualTo("Rotterdam");
        assertThat(record.at("/entities/1/geo/lat").asString()).as("the input is left as it was").isEqualTo("NaN");
        assertConforms(valid);
    }

    @Test
    void eachBadOptionalPartIsDroppedAloneAndAnEntityBrokenInARequiredPartWhole() {
        ObjectNode record = sample();
        ((ObjectNode) record.at("/entities/1/geo")).put("countryCode", "Netherlands");
        ((ObjectNode) record.at("/entities/1")).put("id", "person:kb:rotterdam");
        ((ObjectNode) record.at("/entities/0")).put("name", "  ");
        record.withArray("keywords").add(" ").add(17);
        record.put("publishedAt", "last Tuesday");
        record.put("language", "English as spoken in Leeds");

        Validated valid = VALIDATOR.validate(ENRICHED, record);

        assertThat(valid.dropped()).extracting(DroppedPart::kind).containsExactlyInAnyOrder("entities[].geo.countryCode",
                "entities[].id", "entities[]", "keywords[]", "keywords[]", "publishedAt", "language");
        assertThat(valid.record().at("/entities")).hasSize(1);
        assertThat(valid.record().at("/entities/0/name").asString()).isEqualTo("Rotterdam");
        assertThat(valid.record().at("/entities/0/geo/lat").isNumber()).isTrue();
        assertThat(valid.record().at("/keywords")).hasSize(2);
        assertConforms(valid);
    }

    @Test
    void aRecordBrokenInAPartItCannotDoWithoutIsUnusable() {
        ObjectNode badTone = sample();
        ((ObjectNode) badTone.at("/sentiment")).put("score", -3);
        ObjectNode noBody = sample();
        noBody.remove("body");

        assertThatThrownBy(() -> VALIDATOR.validate(ENRICHED, badTone)).isInstanceOf(UnusableRecordException.class)
                .hasMessageContaining("/sentiment/score");
        assertThatThrownBy(() -> VALIDATOR.validate(ENRICHED, noBody)).isInstanceOf(UnusableRecordException.class)
                .hasMessageContaining("body");
        assertThatThrownBy(() -> VALIDATOR.validate(ENRICHED, json.mapper().readTree("[1]")))
                .isInstanceOf(UnusableRecordException.class);
    }

    @Test
    void aTitleOrBodyOfWhiteSpaceOnlyMakesEitherEventUnusable() {
        for (EventType type : EventType.values()) {
            for (String field : List.of("title", "body")) {
                ObjectNode blank = (ObjectNode) (type == ENRICHED ? sample() : tree(SampleEvents.ingested()));
                blank.put(field, " \n\t ");

                assertThatThrownBy(() -> VALIDATOR.validate(type, blank)).as(type + " " + field)
                        .isInstanceOf(UnusableRecordException.class).hasMessageContaining("/" + field + ": ");
            }
        }
    }

    @Test
    void aReaderCanDoWithoutARequiredPartItFillsInItself() {
        ObjectNode record = sample();
        ((ObjectNode) record.at("/sentiment")).put("score", -3);
        record.remove("enrichedAt");
        LocalRules lenient = new LocalRules(List.of(), Set.of(JsonPointer.compile("/sentiment"),
                JsonPointer.compile("/enrichedAt")));

        Validated valid = VALIDATOR.validate(ENRICHED, record, lenient);

        assertThat(valid.dropped()).extracting(DroppedPart::location).containsExactly("/sentiment");
        assertThat(valid.record().has("sentiment")).isFalse();
        assertThat(valid.record().path("entities")).hasSize(2);
    }

    @Test
    void aLocalRuleIsRepairedLikeTheSchema() {
        PartRule noDigits = record -> Stream.of("/keywords/0", "/title")
                .filter(at -> record.at(at).asString("").matches(".*\\d.*"))
                .map(at -> Violation.at(JsonPointer.compile(at), "has a digit")).toList();
        ObjectNode record = sample();
        record.withArray("keywords").set(0, "barrier 2");
        LocalRules rules = new LocalRules(List.of(noDigits), Set.of());

        Validated valid = VALIDATOR.validate(ENRICHED, record, rules);

        assertThat(valid.dropped()).singleElement().satisfies(part -> {
            assertThat(part.location()).isEqualTo("/keywords/0");
            assertThat(part.reason()).isEqualTo("/keywords/0: has a digit");
        });
        record.put("title", "Storm 2");
        assertThatThrownBy(() -> VALIDATOR.validate(ENRICHED, record, rules))
                .isInstanceOf(UnusableRecordException.class).hasMessageContaining("/title: has a digit");
    }

    private void assertConforms(Validated valid) {
        assertThat(VALIDATOR.violations(ENRICHED, valid.record())).isEmpty();
        json.mapper().treeToValue(valid.record(), ArticleEnriched.class);
    }

    private ObjectNode sample() {
        return (ObjectNode) tree(SampleEvents.enriched());
    }

    private JsonNode tree(Object event) {
        return json.mapper().readTree(json.write(event));
    }
}

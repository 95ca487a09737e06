package dev.newsflow.events.validation;

import dev.newsflow.events.EventJson;
import dev.newsflow.events.EventType;
import dev.newsflow.events.SampleEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code minimum} and {@code maximum} decide in exact decimal arithmetic on the number as written, and say so in
 * their own words: a value on a bound is in, the nearest double beyond it is out, however many digits it takes.
 */
class RangeBoundsTest {

    private static final RecordValidator VALIDATOR = new RecordValidator();

    private final EventJson json = new EventJson();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /sentiment/score          | 1                        | 
            /sentiment/score          | 1.0                      | 
            /sentiment/score          | -1                       | 
            /sentiment/score          | -1.0                     | 
            /sentiment/score          | 0.99999999999999989      | 
            /sentiment/score          | 1.0000000000000002       | /sentiment/score: must have a maximum value of 1
            /sentiment/score          | -1.0000000000000002      | /sentiment/score: must have a minimum value of -1
            /sentiment/score          | 1.00000000000000000001   | 
            /sentiment/score          | 2                        | /sentiment/score: must have a maximum value of 1
            /sentiment/score          | 1e300                    | /sentiment/score: must have a maximum value of 1
            /sentiment/score          | -0.0                     | 
            /sentiment/score          | 123456789012345678901234 | /sentiment/score: must have a maximum value of 1
            /sentiment/positive       | 0                        | 
            /sentiment/positive       | -4.9E-324                | /sentiment/positive: must have a minimum value of 0
            /entities/1/geo/lat       | 90                       | 
            /entities/1/geo/lat       | 90.00000000000001        | /entities/1/geo/lat: must have a maximum value of 90
            /entities/1/geo/lon       | -180                     | 
            /entities/1/geo/lon       | -180.00000000000003      | /entities/1/geo/lon: must have a minimum value of -180
            /entities/0/mentions      | 1                        | 
            /entities/0/mentions      | 0                        | /entities/0/mentions: must have a minimum value of 1
            /wordCount                | 9007199254740993         | 
            /wordCount                | -9007199254740993        | /wordCount: must have a minimum value of 0
            """)
    void aBoundIsInAndTheNearestNumberBeyondItIsOut(String at, String number, String violation) {
        ObjectNode record = (ObjectNode) json.mapper().valueToTree(SampleEvents.enriched());
        JsonPointer pointer = JsonPointer.compile(at);
        JsonNode value = json.mapper().readTree(number);
        ((ObjectNode) record.at(pointer.head())).set(pointer.last().getMatchingProperty(), value);

        assertThat(VALIDATOR.violations(EventType.ARTICLE_ENRICHED, record).stream().map(Violation::describe))
                .containsExactlyElementsOf(violation == null ? java.util.List.of() : java.util.List.of(violation));
    }
}

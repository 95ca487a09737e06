package dev.newsflow.replay;

import java.nio.charset.StandardCharsets;

import dev.newsflow.events.Topics;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Where a dead letter goes back to: the topic named by an explicit override, else the topic the dead-letter
 * publisher recorded in {@code kafka_dlt-original-topic}, else the dead-letter topic's name without {@code -dlt}.
 */
record ReplayTarget(String deadLetterTopic, String override) {

    static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";

    ReplayTarget {
        if (!deadLetterTopic.endsWith(Topics.DEAD_LETTER_SUFFIX)) {
            throw new IllegalArgumentException(
                    "'" + deadLetterTopic + "' is not a dead-letter topic (its name must end with "
                            + Topics.DEAD_LETTER_SUFFIX + ")");
        }
        if (override != null && override.equals(deadLetterTopic)) {
            throw new IllegalArgumentException("replaying " + deadLetterTopic + " into itself would loop");
        }
    }

    String topicFor(Headers headers) {
        if (override != null) {
            return override;
        }
        Header original = headers.lastHeader(ORIGINAL_TOPIC);
        if (original != null && original.value() != null && original.value().length > 0) {
            return new String(original.value(), StandardCharsets.UTF_8);
        }
        return deadLetterTopic.substring(0, deadLetterTopic.length() - Topics.DEAD_LETTER_SUFFIX.length());
    }
}

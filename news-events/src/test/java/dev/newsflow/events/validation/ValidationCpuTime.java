package dev.newsflow.events.validation;

import dev.newsflow.events.EventJson;
import dev.newsflow.events.EventType;
import dev.newsflow.events.SampleEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time per record of the schema check, the JSON Schema validator alone against the quick check in front of it,
 * on the sample events (the enriched one with its entities repeated to 12, as the engine finds in a news article).
 * Not a test: {@code java -cp <news-events test class path> dev.newsflow.events.validation.ValidationCpuTime [rounds]}.
 */
public final class ValidationCpuTime {

    private static final int PER_ROUND = 20_000;

    private ValidationCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        EventJson json = new EventJson();
        EventSchemas schemas = new EventSchemas();
        ObjectNode enriched = (ObjectNode) json.mapper().readTree(json.write(SampleEvents.enriched()));
        ArrayNode entities = (ArrayNode) enriched.get("entities");
        for (int i = 0; entities.size() < 12; i++) {
            entities.add(entities.get(i % 2).deepCopy());
        }
        JsonNode ingested = json.mapper().readTree(json.write(SampleEvents.ingested()));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            for (EventType type : EventType.values()) {
                JsonNode record = type == EventType.ARTICLE_ENRICHED ? enriched : ingested;
                long t0 = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < PER_ROUND; i++) {
                    consume(schemas.validatorViolations(type, record).size());
                }
                long t1 = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < PER_ROUND; i++) {
                    consume(schemas.violations(type, record).size());
                }
                long t2 = cpu.getCurrentThreadCpuTime();
                System.out.printf("round %d %s: validator %.1f µs/record, quick check first %.1f µs/record%n", round,
                        type, (t1 - t0) / 1e3 / PER_ROUND, (t2 - t1) / 1e3 / PER_ROUND);
            }
        }
    }

    private static int sink;

    private static void consume(int value) {
        sink += value;
    }
}

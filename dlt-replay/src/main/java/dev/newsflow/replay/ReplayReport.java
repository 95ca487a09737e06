package dev.newsflow.replay;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a replay did (or, in a dry run, would do): records per target topic, and one line per record. */
record ReplayReport(String deadLetterTopic, boolean dryRun, Map<String, Integer> perTarget, List<String> records) {

    ReplayReport {
        perTarget = new TreeMap<>(perTarget);
        records = List.copyOf(records);
    }

    int total() {
        return perTarget.values().stream().mapToInt(Integer::intValue).sum();
    }

    String summary() {
        String verb = dryRun ? "would replay" : "replayed";
        if (perTarget.isEmpty()) {
            return deadLetterTopic + ": nothing to replay";
        }
        StringBuilder text = new StringBuilder();
        perTarget.forEach((target, count) -> text.append(deadLetterTopic).append(": ").append(verb).append(' ')
                .append(count).append(count == 1 ? " record to " : " records to ").append(target).append('\n'));
        return text.toString().stripTrailing();
    }
}

package dev.newsflow.bench.observe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own {@code ProducerPerformance} (kafka-tools) on the same broker, as the ceiling the pipeline is compared
 * with: records of the same size, sent as fast as the producer can, {@code acks=all}. Run in its own JVM from the
 * class path the local-kafka module copies its dependencies to, so the bench jar does not carry the broker's jars.
 */
public final class ProducerPerfReference {

    private static final Pattern SUMMARY = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec");

    private final Path java;
    private final String classPath;
    private final String bootstrapServers;

    public ProducerPerfReference(Path java, String classPath, String bootstrapServers) {
        this.java = java;
        this.classPath = classPath;
        this.bootstrapServers = bootstrapServers;
    }

    /** Records per second, or empty (with the tool's output on stderr) when it did not finish. */
    public OptionalDouble run(String topic, int records, int recordBytes) throws IOException, InterruptedException {
        List<String> command = List.of(java.toString(), "-Xmx256m", "-cp", classPath,
                "org.apache.kafka.tools.ProducerPerformance", "--topic", topic, "--num-records",
                Integer.toString(records), "--record-size", Integer.toString(recordBytes), "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + bootstrapServers, "acks=all");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().forEach(output::add);
        }
        process.waitFor();
        return parse(output);
    }

    /** The rate on the tool's last summary line ("N records sent, R records/sec (...)"), which covers the whole run. */
    static OptionalDouble parse(List<String> output) {
        for (String line : output.reversed()) {
            Matcher m = SUMMARY.matcher(line);
            if (m.find()) {
                return OptionalDouble.of(Double.parseDouble(m.group(2)));
            }
        }
        output.forEach(System.err::println);
        return OptionalDouble.empty();
    }
}

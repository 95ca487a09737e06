package dev.newsflow.system.harness;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The standalone broker of local-kafka as a process; stopped and started again it keeps its data and ports. */
final class LocalBroker implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(5);
    /** local-kafka's line once a client (logged in, with SCRAM) has seen the cluster. */
    private static final String STARTED = "local-kafka: ready";

    private final Path home;
    private final Path log;
    private final Map<String, String> security;
    private final int port = FreePorts.next();
    private final int controllerPort = FreePorts.next();
    private ManagedProcess process;

    /** @param security the {@code NEWSFLOW_KAFKA_*} login variables the services get too; empty for PLAINTEXT */
    LocalBroker(Path home, Path log, Map<String, String> security) {
        this.home = home;
        this.log = log;
        this.security = Map.copyOf(security);
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Starts the broker and returns once it says it has started (the log is appended to, so count the lines). */
    void start() {
        long startedBefore = Files.exists(log) ? started(read(log)) : 0;
        Map<String, String> environment = new HashMap<>(security);
        environment.putAll(Map.of(
                "NEWSFLOW_HOME", home.toString(),
                "NEWSFLOW_KAFKA_PORT", Integer.toString(port),
                "NEWSFLOW_KAFKA_CONTROLLER_PORT", Integer.toString(controllerPort)));
        ManagedProcess started = ManagedProcess.start("local-kafka", JavaCommand.jar("local-kafka"), environment, log);
        process = started;
        await("the Kafka broker to start (log: " + log + ")")
                .atMost(STARTUP)
                .pollInterval(Duration.ofMillis(200))
                .failFast("local-kafka exited", () -> !started.isAlive())
                .until(() -> started(started.log()) > startedBefore);
    }

    /** SIGTERM, the way an operator stops it. */
    void stop() {
        process.stop();
    }

    private static long started(String text) {
        return text.lines().filter(line -> line.contains(STARTED)).count();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }
}

package dev.newsflow.system.harness;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The standalone broker of local-kafka as a process; stopped and started again it keeps its data and ports. */
final class LocalBroker implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(5);
    private static final String STARTED = "Kafka Server started";

    private final Path home;
    private final Path log;
    private final int port = FreePorts.next();
    private final int controllerPort = FreePorts.next();
    private ManagedProcess process;

    LocalBroker(Path home, Path log) {
        this.home = home;
        this.log = log;
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
        ManagedProcess started = ManagedProcess.start("local-kafka", JavaCommand.jar("local-kafka"), Map.of(
                "NEWSFLOW_HOME", home.toString(),
                "NEWSFLOW_KAFKA_PORT", Integer.toString(port),
                "NEWSFLOW_KAFKA_CONTROLLER_PORT", Integer.toString(controllerPort)), log);
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

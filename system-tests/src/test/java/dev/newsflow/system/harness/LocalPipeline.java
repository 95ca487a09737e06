package dev.newsflow.system.harness;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole pipeline as separate processes, the way {@code ./newsflow run} starts it: the standalone broker from
 * local-kafka and the three service jars, on random free ports, with state in a fresh temporary
 * {@code NEWSFLOW_HOME}. PostgreSQL when {@code NEWSFLOW_TEST_DB_URL} is set (CI), H2 under the home otherwise.
 * {@link #close()} stops every process, also from a JVM shutdown hook if the test run is aborted.
 */
public final class LocalPipeline implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final Path home;
    private final int kafkaPort = FreePorts.next();
    private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
    private final Map<Service, ManagedProcess> services = new EnumMap<>(Service.class);
    private final Thread shutdownHook = new Thread(this::close, "stop-newsflow-processes");
    private ManagedProcess broker;

    private LocalPipeline(Path home) {
        this.home = home;
        for (Service service : Service.values()) {
            ports.put(service, FreePorts.next());
        }
    }

    /** Starts the broker, then the three services, and returns once every service reports UP. */
    public static LocalPipeline start() {
        LocalPipeline pipeline;
        try {
            pipeline = new LocalPipeline(Files.createTempDirectory(workDirectory(), "pipeline-"));
            Files.createDirectories(pipeline.home.resolve("logs"));
            Files.createDirectories(pipeline.inbox());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(pipeline.shutdownHook);
        try {
            pipeline.startBroker();
            for (Service service : Service.values()) {
                pipeline.launch(service);
            }
            for (Service service : Service.values()) {
                pipeline.awaitHealthy(service);
            }
            return pipeline;
        } catch (RuntimeException | Error e) {
            pipeline.close();
            throw e;
        }
    }

    public Path home() {
        return home;
    }

    public Path inbox() {
        return home.resolve("inbox");
    }

    public Path processed() {
        return home.resolve("processed");
    }

    public Path failed() {
        return home.resolve("failed");
    }

    public String bootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    public String baseUrl(Service service) {
        return "http://localhost:" + ports.get(service);
    }

    public String log(Service service) {
        return services.get(service).log();
    }

    /** A crash: SIGKILL, no graceful shutdown. */
    public void kill(Service service) {
        services.remove(service).kill();
    }

    /** Starts a service that was killed or stopped, on the same port and home, and waits until it is UP. */
    public void restart(Service service) {
        ManagedProcess previous = services.remove(service);
        if (previous != null) {
            previous.stop();
        }
        launch(service);
        awaitHealthy(service);
    }

    private void startBroker() {
        Map<String, String> env = new HashMap<>();
        env.put("NEWSFLOW_HOME", home.toString());
        env.put("NEWSFLOW_KAFKA_PORT", Integer.toString(kafkaPort));
        env.put("NEWSFLOW_KAFKA_CONTROLLER_PORT", Integer.toString(FreePorts.next()));
        broker = ManagedProcess.start("local-kafka",
                java("-Xmx512m", "-jar", Repository.jar("local-kafka").toString()), env, logFile("local-kafka"));
        await("the Kafka broker to start (log: " + broker.logFile() + ")")
                .atMost(STARTUP)
                .pollInterval(Duration.ofMillis(200))
                .failFast("local-kafka exited", () -> !broker.isAlive())
                .until(() -> broker.log().contains("Kafka Server started"));
    }

    private void launch(Service service) {
        Map<String, String> env = new HashMap<>();
        env.put("NEWSFLOW_HOME", home.toString());
        env.put("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
        env.put(service.portVariable(), Integer.toString(ports.get(service)));
        TestDatabase.environment().ifPresent(env::putAll);
        ManagedProcess process = ManagedProcess.start(service.module(),
                java("-Xmx512m", "-jar", Repository.jar(service.module()).toString()), env, logFile(service.module()));
        services.put(service, process);
    }

    private void awaitHealthy(Service service) {
        ManagedProcess process = services.get(service);
        await(service.module() + " to report UP (log: " + process.logFile() + ")")
                .atMost(STARTUP)
                .pollInterval(Duration.ofMillis(500))
                .failFast(service.module() + " exited", () -> !process.isAlive())
                .until(() -> Http.status(baseUrl(service) + "/actuator/health") == 200);
    }

    /** Under the module's target folder (set by the build), so the logs stay for a look after a failure until {@code clean}. */
    private static Path workDirectory() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("newsflow.work", System.getProperty("java.io.tmpdir"))));
    }

    private Path logFile(String name) {
        return home.resolve("logs").resolve(name + ".log");
    }

    private static List<String> java(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of(args));
        return command;
    }

    /** Services first (they commit their offsets), the broker last; never throws, so cleanup always completes. */
    @Override
    public synchronized void close() {
        for (Service service : List.of(Service.INGEST, Service.ENRICH, Service.STORE)) {
            ManagedProcess process = services.remove(service);
            if (process != null) {
                process.close();
            }
        }
        if (broker != null) {
            broker.close();
            broker = null;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // close() is running from the hook itself
        }
    }
}

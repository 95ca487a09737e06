package dev.newsflow.system.harness;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole pipeline as separate processes, the way {@code ./newsflow run} starts it: the standalone broker from
 * local-kafka and the three service jars, on random free ports, with state in a fresh temporary
 * {@code NEWSFLOW_HOME}. PostgreSQL when {@code NEWSFLOW_TEST_DB_URL} is set (CI), reached through a
 * {@link TcpProxy} the tests can cut; H2 under the home otherwise. {@link #close()} stops every process, also from a
 * JVM shutdown hook if the test run is aborted.
 */
public final class LocalPipeline implements AutoCloseable {

    // generous: on a loaded 2-core machine (CI, parallel builds) three Spring Boot services took 5 minutes to start
    private static final Duration STARTUP = Duration.ofMinutes(10);
    /**
     * Small enrich transactions make a stream of a thousand articles last long enough for a test to act while part of
     * it is done; a fixed transactional id lets a restarted enrich fence the open transaction of the killed one at once
     * instead of after its timeout (both documented settings).
     */
    private static final Map<String, String> ENRICH_ENVIRONMENT =
            Map.of("NEWSFLOW_ENRICH_MAX_BATCH", "10", "NEWSFLOW_INSTANCE_ID", "system-tests");
    /**
     * Store batches of at most 25 (Kafka's max.poll.records, default 500): the stored count then grows in small steps,
     * so a test that strikes at a share of the stream does not see it jump past its window in one batch.
     */
    private static final Map<String, String> STORE_ENVIRONMENT = Map.of("SPRING_KAFKA_CONSUMER_MAXPOLLRECORDS", "25");

    private final Path home;
    private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
    private final Map<Service, ManagedProcess> services = new EnumMap<>(Service.class);
    private final Thread shutdownHook = new Thread(this::close, "stop-newsflow-processes");
    private final Optional<TcpProxy> database = TestDatabase.server().map(server -> TcpProxy.start(server.getKey(), server.getValue()));
    private final Map<String, String> kafkaSecurity;
    private final LocalBroker broker;

    private LocalPipeline(Path home, Map<String, String> kafkaSecurity) {
        this.home = home;
        this.kafkaSecurity = Map.copyOf(kafkaSecurity);
        this.broker = new LocalBroker(home, logFile("local-kafka"), kafkaSecurity);
        for (Service service : Service.values()) {
            ports.put(service, FreePorts.next());
        }
    }

    /** Starts the broker, then the three services, and returns once every service reports UP. */
    public static LocalPipeline start() {
        return start(Map.of());
    }

    /**
     * The same with the broker's client port and every service's login set by {@code NEWSFLOW_KAFKA_SECURITY_PROTOCOL},
     * {@code NEWSFLOW_KAFKA_USERNAME} and {@code NEWSFLOW_KAFKA_PASSWORD}, as {@code ./newsflow} passes them.
     */
    public static LocalPipeline start(Map<String, String> kafkaSecurity) {
        LocalPipeline pipeline;
        try {
            pipeline = new LocalPipeline(Files.createTempDirectory(workDirectory(), "pipeline-"), kafkaSecurity);
            Files.createDirectories(pipeline.home.resolve("logs"));
            Files.createDirectories(pipeline.inbox());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(pipeline.shutdownHook);
        try {
            pipeline.broker.start();
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
        return broker.bootstrapServers();
    }

    public String baseUrl(Service service) {
        return "http://localhost:" + ports.get(service);
    }

    public String log(Service service) {
        return services.get(service).log();
    }

    /** The operating-system process id of a running service, to tell a restart from outside. */
    public long pid(Service service) {
        return services.get(service).pid();
    }

    /** The database connection of the store, when it is PostgreSQL behind a proxy; empty on H2. */
    public Optional<TcpProxy> database() {
        return database;
    }

    /** A crash: SIGKILL, no graceful shutdown. */
    public void kill(Service service) {
        services.remove(service).kill();
    }

    /** Starts a service that was killed or stopped, on the same port and home, and waits until it is UP. */
    public void restart(Service service) {
        launchAgain(service);
        awaitHealthy(service);
    }

    /** Starts a service that was killed or stopped, without waiting for it to report UP. */
    public void launchAgain(Service service) {
        ManagedProcess previous = services.remove(service);
        if (previous != null) {
            previous.stop();
        }
        launch(service);
    }

    public boolean isAlive(Service service) {
        ManagedProcess process = services.get(service);
        return process != null && process.isAlive();
    }

    /** Stops the broker the way an operator does (SIGTERM); {@link #startBroker()} brings it back with its data. */
    public void stopBroker() {
        broker.stop();
    }

    public void startBroker() {
        broker.start();
    }

    /** Brings back whatever an earlier test killed or stopped and did not restart, so each test starts whole. */
    public void ensureRunning() {
        if (!broker.isAlive()) {
            broker.start();
        }
        for (Service service : Service.values()) {
            if (!isAlive(service)) {
                restart(service);
            }
        }
    }

    /**
     * A further ingest-service instance on the same home (so the same inbox), with its own instance id and port, as a
     * second machine sharing the folder would run it.
     */
    public ManagedProcess startIngestInstance(String instanceId, int port) {
        Map<String, String> env = environment(Service.INGEST, port);
        env.put("NEWSFLOW_INSTANCE_ID", instanceId);
        ManagedProcess process = ManagedProcess.start("ingest-" + instanceId,
                JavaCommand.jar(Service.INGEST.module()), env,
                logFile("ingest-service-" + instanceId));
        await("ingest instance " + instanceId + " to report UP (log: " + process.logFile() + ")")
                .atMost(STARTUP)
                .pollInterval(Duration.ofMillis(500))
                .failFast("ingest " + instanceId + " exited", () -> !process.isAlive())
                .until(() -> Http.status("http://localhost:" + port + "/actuator/health") == 200);
        return process;
    }

    /**
     * One more instance of a service on a port of its own, with some variables changed (another login, say), not
     * waited for and not managed: the caller closes it.
     */
    public ManagedProcess startExtra(Service service, String name, Map<String, String> changes) {
        Map<String, String> env = environment(service, FreePorts.next());
        env.put("NEWSFLOW_INSTANCE_ID", name);
        env.putAll(changes);
        return ManagedProcess.start(service.module() + "-" + name, JavaCommand.jar(service.module()), env,
                logFile(service.module() + "-" + name));
    }

    private void launch(Service service) {
        Map<String, String> env = environment(service, ports.get(service));
        services.put(service, ManagedProcess.start(service.module(),
                JavaCommand.jar(service.module()), env, logFile(service.module())));
    }

    private Map<String, String> environment(Service service, int port) {
        Map<String, String> env = new HashMap<>();
        env.put("NEWSFLOW_HOME", home.toString());
        env.put("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
        env.putAll(kafkaSecurity);
        env.put(service.portVariable(), Integer.toString(port));
        switch (service) {
            case STORE -> {
                env.putAll(STORE_ENVIRONMENT);
                database.flatMap(TestDatabase::environmentThrough).ifPresent(env::putAll);
            }
            case ENRICH -> env.putAll(ENRICH_ENVIRONMENT);
            case INGEST -> { }
        }
        return env;
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
    public static Path workDirectory() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("newsflow.work", System.getProperty("java.io.tmpdir"))));
    }

    private Path logFile(String name) {
        return home.resolve("logs").resolve(name + ".log");
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
        broker.close();
        database.ifPresent(TcpProxy::close);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // close() is running from the hook itself
        }
    }
}

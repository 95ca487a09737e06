package dev.newsflow.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.newsflow.system.harness.ArticleFiles;
import dev.newsflow.system.harness.LocalPipeline;
import dev.newsflow.system.harness.ManagedProcess;
import dev.newsflow.system.harness.PublisherCounts;
import dev.newsflow.system.harness.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: Kafka with SASL/SCRAM. local-kafka serves SASL_PLAINTEXT with one SCRAM user, the services log in with the
 * variables {@code ./newsflow} passes, an article goes all the way through, and a service with wrong credentials
 * stops with one line that says so instead of running on. The password is in no log.
 */
class KafkaScramIT {

    private static final String USER = "newsflow";
    private static final String PASSWORD = "scram-" + UUID.randomUUID();
    private static final String WRONG_PASSWORD = "wrong-" + UUID.randomUUID();
    private static final Duration PIPELINE = Duration.ofMinutes(3);
    private static final Duration EXIT = Duration.ofMinutes(10);
    private static final String REFUSED = "Kafka refused this service";

    private static LocalPipeline pipeline;

    @BeforeAll
    static void startWithScram() {
        pipeline = LocalPipeline.start(Map.of("NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                "NEWSFLOW_KAFKA_USERNAME", USER, "NEWSFLOW_KAFKA_PASSWORD", PASSWORD));
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void theServicesLogInWithTheScramUserAndAnArticleIsStored() {
        ArticleFiles.dropText(pipeline, "scram.txt", "Tram depot reopens after repairs", "Scram Gazette",
                List.of("The depot on the east side takes trams again from Monday.",
                        "Drivers had parked the fleet in the open for three weeks."));

        await("the article to pass ingest, enrich and store on the SCRAM broker").atMost(PIPELINE)
                .until(() -> PublisherCounts.storedCount(pipeline.baseUrl(Service.STORE), "Scram Gazette") == 1);
        for (Service service : Service.values()) {
            assertThat(pipeline.log(service)).as("%s log", service.module())
                    .contains("sasl.jaas.config = [hidden]").doesNotContain(PASSWORD).doesNotContain(REFUSED);
        }
    }

    @Test
    void aServiceGivenTheWrongPasswordStopsWithOneLineNamingTheFailure() {
        try (ManagedProcess ingest = pipeline.startExtra(Service.INGEST, "wrong-password",
                Map.of("NEWSFLOW_KAFKA_PASSWORD", WRONG_PASSWORD))) {
            assertStopsRefused(ingest, USER);
            assertThat(ingest.log()).doesNotContain(WRONG_PASSWORD).doesNotContain(PASSWORD);
        }
    }

    @Test
    void aConsumingServiceLoggingInAsAnUnknownUserStopsToo() {
        try (ManagedProcess enrich = pipeline.startExtra(Service.ENRICH, "unknown-user",
                Map.of("NEWSFLOW_KAFKA_USERNAME", "intruder"))) {
            assertStopsRefused(enrich, "intruder");
            assertThat(enrich.log()).doesNotContain(PASSWORD);
        }
    }

    private static void assertStopsRefused(ManagedProcess service, String user) {
        await(service.name() + " to stop on its own (log: " + service.logFile() + ")").atMost(EXIT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> !service.isAlive());
        assertThat(service.exitCode()).as("exit status, EX_CONFIG").isEqualTo(78);
        assertThat(service.log().lines().filter(line -> line.contains(REFUSED)))
                .singleElement().asString()
                .contains("SASL_PLAINTEXT, SCRAM-SHA-512, user '" + user + "'", pipeline.bootstrapServers(),
                        "NEWSFLOW_KAFKA_PASSWORD", "exit code 78")
                .containsIgnoringCase("authentication");
    }
}

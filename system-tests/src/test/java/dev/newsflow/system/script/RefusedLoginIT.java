package dev.newsflow.system.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.config.SaslConfigs;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The watchdog of {@code ./newsflow start} and a service Kafka refuses (exit status 78): starting it again cannot
 * help, so it is left down at once, with the reason in the watchdog's log and in {@code status}, instead of being
 * started until the restart limit. The refusal is a real one: the broker's SCRAM user gets a new password while the
 * services run, and ingest, killed, is started again with the one it had. Among the first classes, as
 * {@link StopStartIT}: its own processes start before the shared pipeline's exist.
 */
@Order(0)
class RefusedLoginIT {

    private static final String USER = "newsflow";
    private static final String PASSWORD = "scram-" + UUID.randomUUID();

    @Test
    void aServiceKafkaRefusesIsLeftDownAtOnce() throws Exception {
        Path home = NewsflowScript.newHome("refused-");
        try (NewsflowScript newsflow = new NewsflowScript(home)
                .with("NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                .with("NEWSFLOW_KAFKA_USERNAME", USER).with("NEWSFLOW_KAFKA_PASSWORD", PASSWORD)) {
            assertThat(newsflow.run("start").exitCode()).as("./newsflow start with SCRAM").isZero();
            changePassword(newsflow);

            ProcessHandle.of(newsflow.pid("ingest-service")).orElseThrow().destroyForcibly();

            Path log = home.resolve("logs/watchdog.log");
            await("the watchdog leaving ingest-service down").atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> Files.readString(log).contains(
                            "ingest-service left down: refused by Kafka (exit status 78)"));
            assertThat(Files.readString(log).lines().filter(line -> line.contains("starting ingest-service again")))
                    .as("starts of ingest-service by the watchdog: after the kill, not after the refusal").hasSize(1);
            assertThat(newsflow.statusLine("ingest-service"))
                    .contains("stopped, left down by the watchdog: refused by Kafka (exit status 78)");
        }
    }

    /** What an operator rotating the password on the broker does; connections already logged in stay open. */
    private static void changePassword(NewsflowScript newsflow) throws Exception {
        try (Admin admin = Admin.create(Map.of(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, newsflow.bootstrapServers(),
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512",
                SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule required"
                        + " username=\"" + USER + "\" password=\"" + PASSWORD + "\";"))) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(USER,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), "rotated-" + UUID.randomUUID())))
                    .all().get(1, TimeUnit.MINUTES);
        }
    }
}

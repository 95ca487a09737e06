package dev.newsflow.localkafka;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.AuthenticationException;

/**
 * Says {@value #READY} once a client, logged in as the SCRAM user if there is one, has seen the cluster: the broker
 * may log that it started a moment before its client listener lets anyone in. {@code ./newsflow} and the system tests
 * wait for this line.
 */
final class Readiness {

    static final String READY = "local-kafka: ready";
    private static final Duration POLL = Duration.ofMillis(200);

    private Readiness() {
    }

    /** In the background: the broker runs on the main thread. */
    static void announceWhenReady(BrokerSettings settings) {
        Thread.ofPlatform().daemon().name("local-kafka-readiness").start(() -> {
            try {
                awaitClient(settings);
                System.out.println(READY + " on " + settings.bootstrapServers() + " (" + settings.protocol()
                        + settings.scram().map(scram -> ", " + scram).orElse(", no authentication") + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (AuthenticationException e) {
                // the user is stored when the data folder is formatted: one formatted without it, or with another
                // password, refuses the user for good
                System.err.println("local-kafka: the broker refuses " + settings.scram().map(Scram::toString).orElse("")
                        + ": " + settings.logDir() + " was formatted without this user or with another password. Start"
                        + " with the earlier settings, or stop, delete " + settings.kafkaDir() + " (its topics are lost)"
                        + " and start again");
                System.exit(2);
            } catch (RuntimeException e) {
                System.err.println("local-kafka: the broker is not ready for clients: " + e);
            }
        });
    }

    private static void awaitClient(BrokerSettings settings) throws InterruptedException {
        Map<String, Object> config = new HashMap<>(Map.of(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, settings.protocol()));
        settings.scram().ifPresent(scram -> {
            config.put(SaslConfigs.SASL_MECHANISM, scram.mechanism());
            config.put(SaslConfigs.SASL_JAAS_CONFIG, scram.jaasConfig());
        });
        awaitListener(settings.port());
        try (Admin client = Admin.create(config)) {
            while (true) {
                try {
                    client.describeCluster().clusterId().get();
                    return;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof AuthenticationException refused) {
                        throw refused;
                    }
                    // still starting (the admin client itself retries for up to a minute per call): ask again
                }
            }
        }
    }

    /** Before the admin client tries, which would log a warning per attempt while the port is still closed. */
    private static void awaitListener(int port) throws InterruptedException {
        while (true) {
            try (Socket socket = new Socket("localhost", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(POLL);
            }
        }
    }
}

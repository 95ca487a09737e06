package dev.newsflow.localkafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * Says {@value #READY} once a client can use the broker: with SCRAM, after the user has been created or its password
 * set (through the controller listener, the only one that lets a client in before the user exists), then a client
 * logged in as that user has seen the cluster. The user is set on every start, not only when the storage is
 * formatted, so a data folder from a PLAINTEXT run or a changed password works too. {@code ./newsflow} and the system
 * tests wait for this line.
 */
final class Readiness {

    static final String READY = "local-kafka: ready";
    private static final int ITERATIONS = 8192;

    private Readiness() {
    }

    /** In the background: the broker runs on the main thread. */
    static void announceWhenReady(BrokerSettings settings) {
        Thread.ofPlatform().daemon().name("local-kafka-readiness").start(() -> {
            try {
                settings.scram().ifPresent(scram -> setUser(settings, scram));
                awaitClient(settings);
                System.out.println(READY + " on " + settings.bootstrapServers() + " ("
                        + settings.scram().map(Scram::toString).orElse("PLAINTEXT, no authentication") + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                System.err.println("local-kafka: the broker is not ready for clients: " + e);
            }
        });
    }

    private static void setUser(BrokerSettings settings, Scram scram) {
        try (Admin controller = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_CONTROLLERS_CONFIG,
                settings.controllerAddress()))) {
            var upsert = new UserScramCredentialUpsertion(scram.username(),
                    new ScramCredentialInfo(ScramMechanism.fromMechanismName(scram.mechanism()), ITERATIONS),
                    scram.password());
            retry(() -> controller.alterUserScramCredentials(List.of(upsert)).all());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitClient(BrokerSettings settings) throws InterruptedException {
        Map<String, Object> config = new HashMap<>(Map.of(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, settings.protocol()));
        settings.scram().ifPresent(scram -> {
            config.put(SaslConfigs.SASL_MECHANISM, scram.mechanism());
            config.put(SaslConfigs.SASL_JAAS_CONFIG, scram.jaasConfig());
        });
        try (Admin client = Admin.create(config)) {
            retry(() -> client.describeCluster().clusterId());
        }
    }

    /** Asks until answered: the broker may still be starting (the admin client waits up to a minute per call). */
    private static void retry(Supplier<KafkaFuture<?>> call) throws InterruptedException {
        while (true) {
            try {
                call.get().get();
                return;
            } catch (ExecutionException e) {
                // not up yet (or the new user not yet known to the broker): ask again
            }
        }
    }
}

package dev.newsflow.localkafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** The {@code server.properties} of a single-node KRaft broker that is both broker and controller. */
final class ServerProperties {

    private ServerProperties() {
    }

    static Map<String, String> of(BrokerSettings settings) {
        String client = settings.protocol() + "://localhost:" + settings.port();
        String controller = "localhost:" + settings.controllerPort();
        Map<String, String> props = new LinkedHashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.bootstrap.servers", controller);
        props.put("listeners", client + ",CONTROLLER://" + controller);
        props.put("advertised.listeners", client);
        props.put("controller.listener.names", "CONTROLLER");
        // one listener for clients and the broker itself: with SCRAM the broker logs in as the same user
        props.put("inter.broker.listener.name", settings.protocol());
        props.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT," + settings.protocol() + ":" + settings.protocol());
        settings.scram().ifPresent(scram -> {
            props.put("sasl.enabled.mechanisms", scram.mechanism());
            props.put("sasl.mechanism.inter.broker.protocol", scram.mechanism());
        });
        props.put("log.dirs", settings.logDir().toString());
        // one node: every internal topic can only have one replica
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        // threads for the machine it runs on (two cores shared with three services), not Kafka's server defaults of
        // 3 network, 8 request-handler and 10 background threads: fewer threads to wake, stacks and buffers to keep
        int cores = Runtime.getRuntime().availableProcessors();
        props.put("num.network.threads", Integer.toString(Math.min(3, cores)));
        props.put("num.io.threads", Integer.toString(Math.min(8, Math.max(2, cores))));
        props.put("background.threads", Integer.toString(Math.min(10, Math.max(2, cores))));
        // the log cleaner (compacting Kafka's own offsets and transaction topics) allocates its key map on the heap at
        // start-up, 128 MB by default, a quarter of the broker's heap; 32 MB still maps over a million keys per pass
        props.put("log.cleaner.dedupe.buffer.size", Integer.toString(32 * 1024 * 1024));
        // consumers of a freshly started pipeline should not wait for stragglers that will never come
        props.put("group.initial.rebalance.delay.ms", "0");
        return props;
    }

    /**
     * The broker's own login on the SASL listener, given to Kafka as an {@code --override} and not written to
     * {@code server.properties}: the password stays off the disk.
     */
    static Map<String, String> secrets(BrokerSettings settings) {
        return settings.scram().map(scram -> Map.of("listener.name.sasl_plaintext."
                + scram.mechanism().toLowerCase(java.util.Locale.ROOT) + ".sasl.jaas.config", scram.jaasConfig()))
                .orElse(Map.of());
    }

    static void write(BrokerSettings settings) {
        Properties properties = new Properties();
        properties.putAll(of(settings));
        try {
            Files.createDirectories(settings.kafkaDir());
            try (Writer out = Files.newBufferedWriter(settings.propertiesFile())) {
                properties.store(out, "written by local-kafka on every start; edit BrokerSettings instead");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + settings.propertiesFile(), e);
        }
    }
}

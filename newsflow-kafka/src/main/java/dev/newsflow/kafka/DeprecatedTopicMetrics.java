package dev.newsflow.kafka;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Leaves out the second copy Kafka 4.1 keeps of every topic-tagged consumer metric (KIP-1109, KAFKA-19753): for a
 * topic with a dot it reports {@code records-lag} and the others under {@code topic="news.articles.raw.v1"} and again,
 * deprecated, under {@code topic="news_articles_raw_v1"}, so every lag panel drew two lines per topic. Only the
 * series under the real topic name are kept, the one the dashboard and the Kafka tools show. A metric is left out only
 * when its dotted twin is there, so a topic named with underscores keeps its series.
 */
final class DeprecatedTopicMetrics {

    private static final String TOPIC = "topic";

    private DeprecatedTopicMetrics() {
    }

    /** {@code metrics} without the deprecated underscore copies. */
    static Map<MetricName, ? extends Metric> without(Map<MetricName, ? extends Metric> metrics) {
        Set<MetricName> copies = new HashSet<>();
        for (MetricName name : metrics.keySet()) {
            String topic = name.tags().get(TOPIC);
            if (topic != null && topic.indexOf('.') >= 0) {
                Map<String, String> tags = new HashMap<>(name.tags());
                tags.put(TOPIC, topic.replace('.', '_'));
                copies.add(new MetricName(name.name(), name.group(), name.description(), tags));
            }
        }
        if (copies.isEmpty()) {
            return metrics;
        }
        Map<MetricName, Metric> kept = new HashMap<>(metrics);
        kept.keySet().removeAll(copies);
        return kept;
    }

    /**
     * {@code consumer} as Micrometer's binder sees it: its {@link Consumer#metrics()} without the copies, everything
     * else as it is. A view rather than a filter on the registry because the binder only takes a client (its
     * metric-supplier constructor is not public) and a registry filter cannot tell a copy from a topic named with
     * underscores.
     */
    @SuppressWarnings("unchecked")
    static <K, V> Consumer<K, V> withoutCopies(Consumer<K, V> consumer) {
        return (Consumer<K, V>) Proxy.newProxyInstance(Consumer.class.getClassLoader(), new Class<?>[] {Consumer.class},
                (proxy, method, args) -> {
                    if ("metrics".equals(method.getName()) && method.getParameterCount() == 0) {
                        return without(consumer.metrics());
                    }
                    try {
                        return method.invoke(consumer, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}

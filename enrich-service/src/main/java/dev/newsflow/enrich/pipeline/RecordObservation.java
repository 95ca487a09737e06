package dev.newsflow.enrich.pipeline;

import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation.DefaultKafkaListenerObservationConvention;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;
import org.springframework.stereotype.Component;

/**
 * The observation Spring Kafka opens around a record listener, opened here around each record of a batch: the
 * container observes only a batch listener's call as a whole, so without this the enriched record would start a new
 * trace instead of continuing the raw record's ({@code traceparent}), and {@code spring.kafka.listener} would stop
 * timing articles.
 */
@Component
class RecordObservation {

    private final ObservationRegistry registry;
    private final KafkaAdmin admin;

    RecordObservation(ObservationRegistry registry, KafkaAdmin admin) {
        this.registry = registry;
        this.admin = admin;
    }

    void observe(String listenerId, ConsumerRecord<?, ?> record, Runnable processing) {
        // the container sets the group id on its consumer thread; the admin caches the cluster id after the first call
        KafkaListenerObservation.LISTENER_OBSERVATION
                .observation(null, DefaultKafkaListenerObservationConvention.INSTANCE,
                        () -> new KafkaRecordReceiverContext(record, listenerId, null, KafkaUtils.getConsumerGroupId(),
                                admin::clusterId),
                        registry)
                .observe(processing);
    }
}

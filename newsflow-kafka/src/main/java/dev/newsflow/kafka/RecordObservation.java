package dev.newsflow.kafka;

import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation.DefaultKafkaListenerObservationConvention;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;

/**
 * Continues a record's trace inside a batch listener: the observation Spring Kafka opens around a record listener,
 * opened here around the work for each record of a batch. The container observes a batch listener's call only as a
 * whole, if at all, so without this the work would start a new trace instead of continuing the record's
 * ({@code traceparent}), and its log lines would not carry the trace id. Timed as {@code spring.kafka.listener}.
 */
public class RecordObservation {

    private final ObservationRegistry registry;
    private final KafkaAdmin admin;

    public RecordObservation(ObservationRegistry registry, KafkaAdmin admin) {
        this.registry = registry;
        this.admin = admin;
    }

    public void observe(String listenerId, ConsumerRecord<?, ?> record, Runnable work) {
        // the container sets the group id on its consumer thread; the admin caches the cluster id after the first call
        KafkaListenerObservation.LISTENER_OBSERVATION
                .observation(null, DefaultKafkaListenerObservationConvention.INSTANCE,
                        () -> new KafkaRecordReceiverContext(record, listenerId, null, KafkaUtils.getConsumerGroupId(),
                                admin::clusterId),
                        registry)
                .observe(work);
    }
}

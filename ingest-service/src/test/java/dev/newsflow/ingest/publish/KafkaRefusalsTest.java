package dev.newsflow.ingest.publish;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaProducerException;

import java.util.Set;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaRefusalsTest {

    /** As a failed send reaches the publisher: the future's ExecutionException around Spring's wrapper. */
    private static Throwable sendFailed(Exception kafka) {
        return new ExecutionException(new KafkaProducerException(new ProducerRecord<>("news.raw", "id", "{}"),
                "Failed to send", kafka));
    }

    @Test
    void recordsKafkaWillNeverTakeAreRefusedForGood() {
        assertThat(KafkaRefusals.of("m", sendFailed(new RecordTooLargeException("too large"))))
                .isInstanceOf(PublishRefusedException.class).hasMessageContaining("RecordTooLargeException");
        assertThat(KafkaRefusals.of("m", sendFailed(new InvalidRecordException("bad record"))))
                .isInstanceOf(PublishRefusedException.class);
    }

    @Test
    void aMissingAclIsTheServicesProblemNotTheFilesAndIsRetried() {
        assertThat(KafkaRefusals.of("m", sendFailed(new TopicAuthorizationException(Set.of("news.raw")))))
                .isNotInstanceOf(PublishRefusedException.class).isInstanceOf(PublishFailedException.class);
        assertThat(KafkaRefusals.of("m", sendFailed(new TransactionalIdAuthorizationException("no ACL"))))
                .isNotInstanceOf(PublishRefusedException.class);
    }

    @Test
    void aBrokerAwayATimeoutOrAFencedTransactionIsRetried() {
        for (Exception transient_ : new Exception[] {new TimeoutException("metadata"), new NetworkException("gone"),
                new NotEnoughReplicasException("one replica"), new ProducerFencedException("newer instance")}) {
            assertThat(KafkaRefusals.of("m", sendFailed(transient_))).as(transient_.getClass().getSimpleName())
                    .isNotInstanceOf(PublishRefusedException.class).isInstanceOf(PublishFailedException.class);
        }
    }
}

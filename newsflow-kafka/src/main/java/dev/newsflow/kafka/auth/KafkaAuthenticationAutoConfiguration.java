package dev.newsflow.kafka.auth;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

import java.time.Duration;

/**
 * A service Kafka does not let in stops with one clear line ({@link AuthenticationFailureExit}) instead of running on
 * without consuming or publishing.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnBean(KafkaAdmin.class)
public class KafkaAuthenticationAutoConfiguration {

    /** How long a stopped consumer's refusal is looked into before the service says "one of the two" and stops. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

    @Bean
    @ConditionalOnMissingBean
    AuthenticationFailureExit kafkaAuthenticationFailureExit(ConfigurableApplicationContext context, KafkaAdmin admin) {
        return new AuthenticationFailureExit(context, KafkaClientIdentity.of(admin.getConfigurationProperties()),
                System::exit);
    }

    /** Only where there is a login to refuse: a PLAINTEXT connection has none, so no admin client at start-up. */
    @Bean
    @ConditionalOnExpression("!'${spring.kafka.security.protocol:PLAINTEXT}'.equalsIgnoreCase('PLAINTEXT')")
    KafkaAuthenticationCheck kafkaAuthenticationCheck(KafkaAdmin admin, AuthenticationFailureExit failure) {
        return new KafkaAuthenticationCheck(admin.getConfigurationProperties(), failure);
    }

    @Bean
    ConsumerAuthenticationListener kafkaConsumerAuthenticationListener(AuthenticationFailureExit failure,
            KafkaAdmin admin) {
        return new ConsumerAuthenticationListener(failure,
                new KafkaLoginProbe(admin.getConfigurationProperties(), PROBE_TIMEOUT));
    }
}

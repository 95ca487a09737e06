package dev.newsflow.kafka.tracing;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class UnexportedTracesNotRecordedTest {

    static final String PROBABILITY = "management.tracing.sampling.probability";

    @Test
    void withoutAnOtlpEndpointNoSpanIsRecorded() {
        assertThat(probability()).isEqualTo("0.0");
    }

    @Test
    void withAnOtlpEndpointEverySpanIsRecordedAndExported() {
        assertThat(probability("--" + UnexportedTracesNotRecorded.ENDPOINT + "=http://collector:4318/v1/traces"))
                .isEqualTo("1.0");
    }

    @Test
    void aProbabilityTheOperatorSetWinsEitherWay() {
        assertThat(probability("--NEWSFLOW_TRACING_SAMPLING_PROBABILITY=0.25")).isEqualTo("0.25");
        assertThat(probability("--" + PROBABILITY + "=0.5")).isEqualTo("0.5");
    }

    private static String probability(String... args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE)
                .properties("spring.config.import=classpath:observability.yml")
                .run(args)) {
            return context.getEnvironment().getProperty(PROBABILITY);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}

package dev.newsflow.kafka.tracing;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.util.Map;

/**
 * Records spans only when they go somewhere. Without an OTLP endpoint nothing receives a span, yet at sampling
 * probability 1.0 every record sent and received still built one (attributes, events, a finished-span copy and a
 * batch processor's queue): CPU for every article, in every service. The default probability
 * ({@code newsflow.tracing.default-probability}, which {@code observability.yml} falls back to when
 * {@code NEWSFLOW_TRACING_SAMPLING_PROBABILITY} is unset) is therefore 1.0 with an endpoint and 0.0 without one.
 * Trace and span ids are made for unsampled spans too: they are still propagated in {@code traceparent} and written
 * on every log line, so one article can still be followed through the services' logs.
 */
public class UnexportedTracesNotRecorded implements EnvironmentPostProcessor, Ordered {

    static final String ENDPOINT = "management.opentelemetry.tracing.export.otlp.endpoint";
    static final String DEFAULT_PROBABILITY = "newsflow.tracing.default-probability";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean exported = StringUtils.hasText(environment.getProperty(ENDPOINT));
        // last: a value given anywhere else wins
        environment.getPropertySources().addLast(new MapPropertySource("newsflow-tracing-default",
                Map.of(DEFAULT_PROBABILITY, exported ? "1.0" : "0.0")));
    }

    @Override
    public int getOrder() {
        // after the config files are loaded, so an endpoint set in any of them counts
        return Ordered.LOWEST_PRECEDENCE;
    }
}

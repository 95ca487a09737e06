package dev.newsflow.bench.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class PrometheusScrapeTest {

    private final PrometheusScrape scrape = PrometheusScrape.parse("""
            # HELP newsflow_enrich_articles_total articles
            # TYPE newsflow_enrich_articles_total counter
            newsflow_enrich_articles_total{application="enrich-service",outcome="enriched"} 40.0
            newsflow_enrich_articles_total{application="enrich-service",outcome="dead-lettered"} 2.0
            newsflow_enrich_articles_totally_different 99
            process_cpu_time_ns_total{application="enrich-service"} 1.5E9
            newsflow_pipeline_latency_seconds_bucket{application="store-service",le="0.5"} 3
            newsflow_pipeline_latency_seconds_bucket{application="store-service",le="+Inf"} 5
            process_cpu_usage{application="enrich-service"} NaN
            """);

    @Test
    void sumsEverySeriesOfAMetricAndNoOther() {
        assertThat(scrape.sum("newsflow_enrich_articles_total")).isEqualTo(42.0);
        assertThat(scrape.sum("process_cpu_time_ns_total")).isEqualTo(1.5e9);
        assertThat(scrape.sum("process_cpu_usage")).isZero();
    }

    @Test
    void readsHistogramBucketsByUpperBound() {
        assertThat(scrape.buckets("newsflow_pipeline_latency_seconds"))
                .containsExactly(entry(0.5, 3.0), entry(Double.POSITIVE_INFINITY, 5.0));
    }
}

package dev.newsflow.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.bench.observe.ProcessUsage.Usage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

    private final SummaryTable table = new SummaryTable("single .txt", OptionalDouble.empty(), 2400, usage(), "1.0→1.2");

    @Test
    void theLoadGeneratorsCpuIsReportedApartFromThePipelines() {
        assertThat(table.cpuPerArticle(1000))
                .isEqualTo("kafka 0.20, ingest 0.50, store 2.00; the load generator itself 0.80");
    }

    @Test
    void theMemoryTotalCountsThePipelineOnly() {
        assertThat(table.rss()).isEqualTo("kafka 250, ingest 300, store 600 (1150)");
    }

    @Test
    void theThreadsOfAProcessShareOutItsCpuLeavingOutThoseUnderTwoPercentOfIt() {
        assertThat(table.byThread(1000)).containsExactly("  store by thread: store-enriched- 1.50, VM Thread 0.40");
    }

    private static Map<String, Usage> usage() {
        Map<String, Usage> usage = new LinkedHashMap<>();
        usage.put("local-kafka", new Usage(250, 0.2, Map.of()));
        usage.put("ingest-service", new Usage(300, 0.5, Map.of()));
        Map<String, Double> storeThreads = new LinkedHashMap<>();
        storeThreads.put("store-enriched-", 1.5);
        storeThreads.put("VM Thread", 0.4);
        storeThreads.put("C2 CompilerThre", 0.03);
        usage.put("store-service", new Usage(600, 2.0, storeThreads));
        usage.put(SummaryTable.LOAD_GENERATOR, new Usage(400, 0.8, Map.of()));
        return usage;
    }
}

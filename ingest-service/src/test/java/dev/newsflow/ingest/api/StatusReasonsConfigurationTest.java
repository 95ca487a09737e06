package dev.newsflow.ingest.api;

import dev.newsflow.security.web.StatusReasons;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The requests the container refuses itself carry the reason the API gives the same status. */
class StatusReasonsConfigurationTest {

    private final StatusReasons reasons = new StatusReasonsConfiguration().statusReasons();

    @ParameterizedTest
    @CsvSource({"400, bad-request", "404, not-found", "405, method-not-allowed", "413, too-large", "415, unsupported",
            "503, kafka-unavailable", "500, internal"})
    void eachStatusHasTheApisReason(int status, String reason) {
        assertThat(reasons.reasonFor(status)).isEqualTo(reason);
    }
}

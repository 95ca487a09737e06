package dev.newsflow.ingest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IngestSettingsTest {

    @Test
    void aZeroPollIntervalOrPublishTimeoutAndANegativeMinAgeAreRefusedWithTheSettingNamed() {
        assertThat(violations(Duration.ofSeconds(-1), Duration.ZERO, Duration.ZERO)).containsExactlyInAnyOrder(
                "minAge: must not be negative (0 takes files at once)",
                "pollInterval: must be at least 1ms, e.g. 500ms",
                "publishTimeout: must be at least 1ms, e.g. 30s");
    }

    @Test
    void aPublishTimeoutWhoseTransactionTimeoutKafkaWouldRefuseIsRefusedAtStartUp() {
        // plus the 30 s commit margin, 15 minutes is above the broker's default transaction.max.timeout.ms
        assertThat(violations(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofMinutes(15)))
                .singleElement().asString().startsWith("publishTimeout: must be at most 14m30s");
        assertThat(violations(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofMinutes(14).plusSeconds(30)))
                .isEmpty();
    }

    @Test
    void aZeroMinAgeIsAccepted() {
        assertThat(violations(Duration.ZERO, Duration.ofMillis(500), Duration.ofSeconds(30))).isEmpty();
    }

    private static List<String> violations(Duration minAge, Duration pollInterval, Duration publishTimeout) {
        IngestSettings settings = new IngestSettings(Path.of("inbox"), Path.of("processing"), Path.of("processed"),
                Path.of("failed"), "default", minAge, pollInterval, 500, IngestSettings.Cleanup.MOVE, false, List.of(),
                List.of(), DataSize.ofMegabytes(50), DataSize.ofKilobytes(512), DataSize.ofMegabytes(100), publishTimeout, DataSize.ofMegabytes(8));
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            return factory.getValidator().validate(settings).stream()
                    .map((ConstraintViolation<IngestSettings> v) -> v.getPropertyPath() + ": " + v.getMessage()).toList();
        }
    }
}

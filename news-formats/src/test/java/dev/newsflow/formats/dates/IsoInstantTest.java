package dev.newsflow.formats.dates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;

class IsoInstantTest {

    /** The hand-written reader agrees with java.time on every shape it takes, and leaves the rest to it. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-04-08", "2026-04-08T06:30", "2026-04-08T06:30:15", "2026-04-08T06:30:15Z",
            "2026-04-08T06:30:15.5Z", "2026-04-08T06:30:15.123456789+02:00", "2026-04-08T23:30:00-05:30",
            "2024-02-29T00:00:00Z"})
    void readsTheCommonShapesAsJavaTimeDoes(String text) {
        assertThat(IsoInstant.parse(text)).isEqualTo(javaTime(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-04-08T06:30:00+0200", "2026-04-08 06:30:00", "2026-02-30", "2026-04-08T25:00:00Z",
            "2026-04-08T06:30:00Z trailing", "2026-4-8", "2026-04-08T06:30:60Z", "2026-04-08T06:30:00.Z",
            "2026-04-08T06:30:00+02", "2026-04-08T06:30:00+05:60"})
    void leavesOtherShapesAndImpossibleValuesToJavaTime(String text) {
        assertThat(IsoInstant.parse(text)).isNull();
    }

    private static Instant javaTime(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException noZone) {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        }
    }
}

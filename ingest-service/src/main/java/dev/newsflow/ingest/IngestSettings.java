package dev.newsflow.ingest;

import dev.newsflow.formats.FormatLimits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything about how ingest-service takes files ({@code newsflow.ingest.*}; each also settable as an environment
 * variable, e.g. {@code NEWSFLOW_INGEST_MIN_AGE}). Folder defaults live under {@code newsflow.home}.
 *
 * @param inbox               where users drop files
 * @param processing          claimed files while they are read and published (one subfolder per instance)
 * @param processed           published files, in {@code YYYY-MM-DD} subfolders
 * @param failed              unreadable files, each with a {@code <name>.error.json}
 * @param instanceId          names this instance's claim folder; instances sharing an inbox need distinct ids
 * @param minAge              a file is taken once it was last modified at least this long ago ({@code 0}: at once,
 *                            for writers that only ever rename complete files in)
 * @param pollInterval        pause between two inbox scans (at least 1ms)
 * @param batchSize           most files published in one Kafka transaction, and so held claimed at once: a scan claims
 *                            every ready file, a batch at a time, and a huge inbox is never listed into memory
 * @param cleanup             what happens to a published file: {@code move} to processed/ or {@code delete}
 * @param recursive           also watch subfolders of the inbox
 * @param include             file-name globs to take (empty: every file; an unsupported one goes to failed/ with reason {@code unsupported})
 * @param exclude             file-name globs never taken: hidden, temporary and partial downloads
 * @param maxFileSize         larger files go to failed/ unread
 * @param maxArticleSize      larger articles are skipped and reported
 * @param maxDecompressedSize a {@code .gz} inflating beyond this goes to failed/
 * @param publishTimeout      how long to wait for Kafka to acknowledge a file's articles before retrying it later
 *                            (at least 1ms)
 * @param batchBytes          a Kafka transaction takes claimed files until their sizes reach this (the file that
 *                            crosses it included, so a larger file goes alone): bounds what is held in memory
 */
@Validated
@ConfigurationProperties("newsflow.ingest")
public record IngestSettings(
        @NotNull Path inbox,
        @NotNull Path processing,
        @NotNull Path processed,
        @NotNull Path failed,
        @DefaultValue("default") @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String instanceId,
        @DefaultValue("1s") @NotNull @DurationMin(message = "must not be negative (0 takes files at once)") Duration minAge,
        @DefaultValue("500ms") @NotNull @DurationMin(millis = 1, message = "must be at least 1ms, e.g. 500ms")
        Duration pollInterval,
        @DefaultValue("500") @Min(1) int batchSize,
        @DefaultValue("move") @NotNull Cleanup cleanup,
        @DefaultValue("false") boolean recursive,
        @DefaultValue List<String> include,
        @DefaultValue({".*", "*.tmp", "*.part", "*.crdownload", "~$*"}) List<String> exclude,
        @DefaultValue("50MB") @NotNull DataSize maxFileSize,
        @DefaultValue("512KB") @NotNull DataSize maxArticleSize,
        @DefaultValue("100MB") @NotNull DataSize maxDecompressedSize,
        @DefaultValue("30s") @NotNull @DurationMin(millis = 1, message = "must be at least 1ms, e.g. 30s")
        @DurationMax(minutes = 14, seconds = 30, message = "must be at most 14m30s: the producer's transaction timeout"
                + " is this plus 30s, and a broker refuses one above its transaction.max.timeout.ms (15m by default)")
        Duration publishTimeout,
        @DefaultValue("8MB") @NotNull DataSize batchBytes) {

    public enum Cleanup { MOVE, DELETE }

    public IngestSettings {
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    public FormatLimits limits() {
        return new FormatLimits(maxFileSize.toBytes(), maxArticleSize.toBytes(), maxDecompressedSize.toBytes());
    }

    /** This instance's claim folder inside {@link #processing()}. */
    public Path claimFolder() {
        return processing.resolve(instanceId);
    }
}

package dev.newsflow.ingest.claim;

import dev.newsflow.formats.RecordProblem;

import java.time.Instant;
import java.util.List;

/**
 * The {@code <name>.error.json} written next to a failed file, or next to a processed file some records of which
 * could not be used.
 *
 * @param outcome           {@code failed} (nothing published) or {@code partial}
 * @param file              the name as dropped, valid UTF-8 ({@code \xHH} for bytes that are not)
 * @param reason            a {@link dev.newsflow.ingest.Reason} code
 * @param format            the reader that understood the file, when one did
 * @param publishedIds      ids of the articles that were published from it
 * @param problems          one entry per unusable record (line or index, and why), the first 100
 * @param problemCount      all unusable records, listed or not
 */
public record ErrorReport(String file, String outcome, String reason, String message, String format,
                          List<String> publishedIds, List<RecordProblem> problems, int problemCount, String instance,
                          Instant at) {

    public ErrorReport {
        publishedIds = publishedIds == null ? List.of() : List.copyOf(publishedIds);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}

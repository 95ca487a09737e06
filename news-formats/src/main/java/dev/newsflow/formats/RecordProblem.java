package dev.newsflow.formats;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why one record of a multi-article file was skipped. At most one of {@code line} (1-based, line-oriented formats)
 * or {@code index} (0-based position in a JSON array or feed) is set; neither for a whole-document problem. Unset
 * locations are left out of JSON rather than written as {@code null}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordProblem(Integer line, Integer index, String reason) {

    public static RecordProblem atLine(int line, String reason) {
        return new RecordProblem(line, null, reason);
    }

    public static RecordProblem atIndex(int index, String reason) {
        return new RecordProblem(null, index, reason);
    }

    /** Whole-document problem of a single-article format. */
    public static RecordProblem ofDocument(String reason) {
        return new RecordProblem(null, null, reason);
    }

    @Override
    public String toString() {
        String where = line != null ? "line " + line : index != null ? "record " + index : "document";
        return where + ": " + reason;
    }
}

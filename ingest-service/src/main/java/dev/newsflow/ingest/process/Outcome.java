package dev.newsflow.ingest.process;

import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.RecordProblem;
import dev.newsflow.ingest.Reason;

import java.util.List;

/** How one file or upload ended; counted, logged and reported the same way whatever its {@link Source}. */
public sealed interface Outcome {

    /** Kafka acknowledged every usable article; {@link #partial()} when some records were not usable. */
    record Published(FormatResult result, List<String> ids) implements Outcome {

        public Published {
            ids = List.copyOf(ids);
        }

        public boolean partial() {
            return result.hasProblems();
        }
    }

    /**
     * Nothing published.
     *
     * @param result what was read when a reader understood the input but no record was usable; null when the input
     *               was refused as a whole
     */
    record Failed(Reason reason, String message, FormatResult result) implements Outcome {

        public String format() {
            return result == null ? null : result.format();
        }

        /** Records read and found unusable; 0 when the input was refused as a whole. */
        public int skipped() {
            return result == null ? 0 : result.problemCount();
        }

        public List<RecordProblem> problems() {
            return result == null ? List.of() : result.problems();
        }
    }

    /** Kafka did not acknowledge in time: nothing is wrong with the input, it may be tried again. */
    record Retry(String message) implements Outcome {
    }
}

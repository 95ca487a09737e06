package dev.newsflow.bench.feed;

import java.util.HexFormat;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tags each title with the run and the article's sequence number. The tag makes every run's articles new to the
 * content-derived ids (no dedupe against earlier runs) and lets the watchers recognise this run's events among
 * everything else on the topics.
 */
public record RunMarker(String runId) {

    private static final Pattern TAG = Pattern.compile("\\[nfbench ([0-9a-f]{8})-(\\d+)]$");

    public RunMarker {
        if (!runId.matches("[0-9a-f]{8}")) {
            throw new IllegalArgumentException("a run id is 8 hex characters: " + runId);
        }
    }

    public static RunMarker random() {
        return new RunMarker(HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
    }

    public String tag(String title, int sequence) {
        return title + " [nfbench " + runId + "-" + sequence + "]";
    }

    /** The sequence number in a title tagged by this run; empty for any other title. */
    public OptionalInt sequenceOf(String title) {
        if (title == null) {
            return OptionalInt.empty();
        }
        Matcher m = TAG.matcher(title);
        return m.find() && m.group(1).equals(runId) ? OptionalInt.of(Integer.parseInt(m.group(2))) : OptionalInt.empty();
    }
}

package dev.newsflow.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The engine's version as its output reports it ({@code enricherVersion}): a fixed prefix and the first 12 hex digits
 * of a SHA-256 over every data file the engine reads (the tagger model, the name and word lists, the gazetteer, the
 * sentiment lexicons), so retraining the model or editing a list changes the version without anyone bumping it.
 * Code changes that alter the output bump {@link #PREFIX}.
 *
 * <p>{@link ShippedForms} computes it into {@link #RESOURCE}, which the engine reads at start: hashing the 6 MB of
 * data at every start took a thread and the JIT's time in every one-article command line run. {@code EngineVersionTest}
 * recomputes it from the data and fails when the file is stale, so it still changes whenever the data do.
 */
public final class EngineVersion {

    static final String PREFIX = "newsflow-nlp-22";

    /** Every resource the engine loads; {@code EngineVersionTest} checks the list against the resource folder. */
    static final List<String> DATA = List.of(
            "entity/common-words.txt", "entity/demonyms-generated.txt", "entity/demonyms.txt", "entity/first-names.txt",
            "entity/loc-cues.txt", "entity/non-entities.txt", "entity/org-cues.txt", "entity/organizations.txt",
            "entity/person-names.txt", "entity/sport-words.txt", "entity/sports-clubs.txt", "entity/titles.txt",
            "entity/vocabulary.txt", "geo/places.tsv", "geo/regions.tsv", "keywords/stopwords.txt",
            "sentiment/boosters.tsv", "sentiment/negators.txt", "sentiment/news-valence.tsv",
            "sentiment/vader-lexicon.tsv", "tagger/entity-tagger.bin.gz", "tagger/word-clusters.tsv.gz");

    private static final String ROOT = "/dev/newsflow/nlp/";
    /** The version the build computed; {@code EngineVersionTest} checks it against the data. */
    static final String RESOURCE = ROOT + "engine-version.txt";

    private EngineVersion() {
    }

    /**
     * The version {@link ShippedForms} computed; {@code EngineVersionTest} fails when it is not {@link #compute}'s, and
     * this fails when a data file is not the one it was computed from ({@link DataStamp}).
     */
    public static String shipped() {
        try (InputStream in = EngineVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing engine resource " + RESOURCE);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            DataStamp.check(ROOT, lines.subList(1, lines.size()));
            return lines.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@link #shipped} reads: the version, then each data file's {@link DataStamp}. */
    static String file() {
        return compute() + "\n" + String.join("\n", DataStamp.lines(ROOT, DATA)) + "\n";
    }

    /** The hash over the data files as they are now. */
    static String compute() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (String name : DATA) {
                try (InputStream in = EngineVersion.class.getResourceAsStream(ROOT + name)) {
                    if (in == null) {
                        throw new IllegalStateException("missing engine resource " + ROOT + name);
                    }
                    sha.update(name.getBytes(StandardCharsets.UTF_8));
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        sha.update(buffer, 0, read);
                    }
                }
            }
            return PREFIX + "-" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.newsflow.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The engine's version as its output reports it ({@code enricherVersion}): a fixed prefix and the first 12 hex digits
 * of a SHA-256 over every data file the engine reads (the tagger model, the name and word lists, the gazetteer, the
 * sentiment lexicons), so retraining the model or editing a list changes the version without anyone bumping it.
 * Code changes that alter the output bump {@link #PREFIX}.
 */
public final class EngineVersion {

    static final String PREFIX = "newsflow-nlp-9";

    /** Every resource the engine loads; {@code EngineVersionTest} checks the list against the resource folder. */
    static final List<String> DATA = List.of(
            "entity/common-words.txt", "entity/demonyms-generated.txt", "entity/demonyms.txt", "entity/first-names.txt",
            "entity/loc-cues.txt", "entity/non-entities.txt", "entity/org-cues.txt", "entity/organizations.txt",
            "entity/person-names.txt", "entity/sport-words.txt", "entity/sports-clubs.txt", "entity/titles.txt",
            "entity/vocabulary.txt", "geo/places.tsv", "geo/regions.tsv", "keywords/stopwords.txt",
            "sentiment/boosters.tsv", "sentiment/negators.txt", "sentiment/news-valence.tsv",
            "sentiment/vader-lexicon.tsv", "tagger/entity-tagger.bin.gz", "tagger/word-clusters.tsv.gz");

    private static final String ROOT = "/dev/newsflow/nlp/";

    private EngineVersion() {
    }

    /** Computed once per engine load; reading the data twice costs a few milliseconds. */
    static String compute() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (String name : DATA) {
                try (InputStream in = EngineVersion.class.getResourceAsStream(ROOT + name)) {
                    if (in == null) {
                        throw new IllegalStateException("missing engine resource " + ROOT + name);
                    }
                    sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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

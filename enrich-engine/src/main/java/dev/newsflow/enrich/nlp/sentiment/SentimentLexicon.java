package dev.newsflow.enrich.nlp.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The word lists the scorer needs: valence (VADER's lexicon overridden by news-domain ratings), degree adverbs and
 * negators. Immutable once loaded; keys are lower case with straight apostrophes.
 */
final class SentimentLexicon {

    private final Map<String, Float> valence;
    private final Map<String, Integer> boosters;
    private final Set<String> negators;

    private SentimentLexicon(Map<String, Float> valence, Map<String, Integer> boosters, Set<String> negators) {
        this.valence = valence;
        this.boosters = boosters;
        this.negators = negators;
    }

    static SentimentLexicon load() {
        Map<String, Float> valence = new HashMap<>(32_768);
        BiConsumer<String, String> rate = (word, value) -> valence.put(word, Float.parseFloat(value));
        read("vader-lexicon.tsv", rate);
        read("news-valence.tsv", rate);
        Map<String, Integer> boosters = new HashMap<>();
        read("boosters.tsv", (word, direction) -> boosters.put(word, Integer.parseInt(direction)));
        Set<String> negators = new HashSet<>();
        read("negators.txt", (word, ignored) -> negators.add(word));
        return new SentimentLexicon(Map.copyOf(valence), Map.copyOf(boosters), Set.copyOf(negators));
    }

    /** Valence on VADER's -4..4 scale; 0 for words without sentiment. */
    double valence(String word) {
        Float v = valence.get(word);
        return v == null ? 0 : v;
    }

    /** 1 for an intensifier, -1 for a dampener, 0 otherwise. */
    int booster(String word) {
        return boosters.getOrDefault(word, 0);
    }

    boolean isNegator(String word) {
        return negators.contains(word) || word.endsWith("n't");
    }

    private static void read(String resource, BiConsumer<String, String> entry) {
        try (InputStream in = SentimentLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                entry.accept(tab < 0 ? line.strip() : line.substring(0, tab), tab < 0 ? "" : line.substring(tab + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + resource, e);
        }
    }
}

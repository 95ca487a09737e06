package dev.newsflow.nlp.sentiment;

import dev.newsflow.nlp.lexicon.WordTable;
import dev.newsflow.nlp.text.Word;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The word lists the scorer needs: valence (VADER's lexicon overridden by news-domain ratings), degree adverbs and
 * negators, in one {@link WordTable} so a token is looked up once, in place, and its properties are read from
 * primitive arrays. Immutable once loaded.
 */
final class SentimentLexicon {

    /** Id of a token that is in none of the lists. */
    static final int UNKNOWN = -1;

    private final WordTable words;
    private final float[] valence;
    private final byte[] booster;
    private final boolean[] negator;
    private final int but;

    private SentimentLexicon(WordTable words, float[] valence, byte[] booster, boolean[] negator) {
        this.words = words;
        this.valence = valence;
        this.booster = booster;
        this.negator = negator;
        this.but = words.find("but");
    }

    static SentimentLexicon load() {
        Map<String, Float> valences = new HashMap<>(32_768);
        BiConsumer<String, String> rate = (word, value) -> valences.put(word, Float.parseFloat(value));
        read("vader-lexicon.tsv", rate);
        read("news-valence.tsv", rate);
        Map<String, Byte> boosters = new HashMap<>();
        read("boosters.tsv", (word, direction) -> boosters.put(word, Byte.parseByte(direction)));
        Set<String> negators = new HashSet<>();
        read("negators.txt", (word, ignored) -> negators.add(word));

        Set<String> all = new LinkedHashSet<>(valences.keySet());
        all.addAll(boosters.keySet());
        all.addAll(negators);
        all.add("but");
        WordTable words = WordTable.of(all);
        float[] valence = new float[words.size()];
        byte[] booster = new byte[words.size()];
        boolean[] negator = new boolean[words.size()];
        valences.forEach((word, value) -> valence[words.find(word)] = value);
        boosters.forEach((word, direction) -> booster[words.find(word)] = direction);
        negators.forEach(word -> negator[words.find(word)] = true);
        return new SentimentLexicon(words, valence, booster, negator);
    }

    /**
     * The word's id, or {@link #UNKNOWN}; case-insensitive, typographic apostrophes count as straight ones. Looked up
     * once per article and spelling: the word remembers it.
     */
    int id(Word word) {
        int id = word.sentimentId(this);
        return id != Word.UNSEEN ? id : word.rememberSentiment(this, words.find(word.text()));
    }

    /** Valence on VADER's -4..4 scale; 0 for words without sentiment. */
    double valence(int id) {
        return id < 0 ? 0 : valence[id];
    }

    /** 1 for an intensifier, -1 for a dampener, 0 otherwise. */
    int booster(int id) {
        return id < 0 ? 0 : booster[id];
    }

    /** A listed negator, or any word ending in n't ("didn't", "WON'T"). */
    boolean isNegator(int id, String token) {
        if (id >= 0 && negator[id]) {
            return true;
        }
        int n = token.length();
        return n >= 3 && WordTable.fold(token.charAt(n - 3)) == 'n' && WordTable.fold(token.charAt(n - 2)) == '\''
                && WordTable.fold(token.charAt(n - 1)) == 't';
    }

    boolean isBut(int id) {
        return id == but;
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

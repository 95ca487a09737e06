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
import java.util.List;
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
    /** Set in an {@link #entry} of a word of two or more characters none of which is lower case ("GREAT", "U.S."). */
    static final int CAPS = 1 << 30;
    /** Set in an {@link #entry} of a listed negator or any word ending in n't ("didn't", "WON'T"). */
    static final int NEGATES = 1 << 29;
    /** The bits of an {@link #entry} that hold the word's id + 1 (0 for {@link #UNKNOWN}). */
    private static final int ID_BITS = NEGATES - 1;

    private final WordTable words;
    private final float[] valence;
    private final byte[] booster;
    private final boolean[] negator;
    private final boolean[] comparative;
    private final int but;
    private final int more;

    private SentimentLexicon(WordTable words, float[] valence, byte[] booster, boolean[] negator,
            boolean[] comparative) {
        this.words = words;
        this.valence = valence;
        this.booster = booster;
        this.negator = negator;
        this.comparative = comparative;
        this.but = words.find("but");
        this.more = words.find("more");
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
        all.addAll(List.of("but", "more"));
        WordTable words = WordTable.of(all);
        float[] valence = new float[words.size()];
        byte[] booster = new byte[words.size()];
        boolean[] negator = new boolean[words.size()];
        valences.forEach((word, value) -> valence[words.find(word)] = value);
        boosters.forEach((word, direction) -> booster[words.find(word)] = direction);
        negators.forEach(word -> negator[words.find(word)] = true);
        boolean[] comparative = new boolean[words.size()];
        valences.forEach((word, value) -> comparative[words.find(word)] = isComparative(word, value, valences));
        return new SentimentLexicon(words, valence, booster, negator, comparative);
    }

    /**
     * What the scorer reads of a word: its id + 1 (case-insensitive, typographic apostrophes count as straight ones)
     * with {@link #CAPS} and {@link #NEGATES}, never negative. Worked out once per article and spelling, which the word
     * remembers: the scorer read each token's characters twice more (caps, n't) for what its spelling already answers.
     */
    int entry(Word word) {
        int entry = word.sentiment(this);
        if (entry != Word.UNSEEN) {
            return entry;
        }
        String text = word.text();
        int id = words.find(text);
        entry = (id + 1) | (isAllCaps(text) ? CAPS : 0) | (isNegator(id, text) ? NEGATES : 0);
        return word.rememberSentiment(this, entry);
    }

    /** The id of an {@link #entry}, or {@link #UNKNOWN}. */
    static int id(int entry) {
        return (entry & ID_BITS) - 1;
    }

    /** Valence on VADER's -4..4 scale of an {@link #entry}'s word; 0 for words without sentiment. */
    double valence(int entry) {
        int id = id(entry);
        return id < 0 ? 0 : valence[id];
    }

    /** 1 for an intensifier, -1 for a dampener, 0 otherwise. */
    int booster(int entry) {
        int id = id(entry);
        return id < 0 ? 0 : booster[id];
    }

    private boolean isNegator(int id, String token) {
        if (id >= 0 && negator[id]) {
            return true;
        }
        int n = token.length();
        return n >= 3 && WordTable.fold(token.charAt(n - 3)) == 'n' && WordTable.fold(token.charAt(n - 2)) == '\''
                && WordTable.fold(token.charAt(n - 1)) == 't';
    }

    private static boolean isAllCaps(String text) {
        if (text.length() < 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    boolean isBut(int entry) {
        return id(entry) == but;
    }

    /** A comparative of a rated adjective: "better", "worse", "happier", "greater", "safer". */
    boolean isComparative(int entry) {
        int id = id(entry);
        return id >= 0 && comparative[id];
    }

    boolean isMore(int entry) {
        return id(entry) == more;
    }

    /**
     * "better" and "worse", or an "-er" word whose adjective is rated the same way: "happier" (happy), "greater"
     * (great), "safer" (safe). A noun of the same shape ("killer", "lover") is told apart by the scorer, from the
     * words before it.
     */
    private static boolean isComparative(String word, float value, Map<String, Float> valences) {
        if (word.equals("better") || word.equals("worse")) {
            return true;
        }
        if (value == 0 || !word.endsWith("er") || word.length() < 5) {
            return false;
        }
        String stem = word.substring(0, word.length() - 2);
        String y = stem.endsWith("i") ? stem.substring(0, stem.length() - 1) + "y" : stem;
        for (String base : List.of(stem, stem + "e", y)) {
            Float rated = valences.get(base);
            if (rated != null && Math.signum(rated) == Math.signum(value)) {
                return true;
            }
        }
        return false;
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

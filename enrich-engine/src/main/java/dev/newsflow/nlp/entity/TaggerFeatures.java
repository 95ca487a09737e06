package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.tagger.FeatureHash;
import dev.newsflow.nlp.tagger.WordClusters;
import dev.newsflow.nlp.text.Token;

import java.util.List;

/**
 * The features the entity tagger reads for each token of a sentence: the word and its lower-case form with two
 * words either side, word bigrams, shape, prefix and suffix, position in the clause, what the name lists say about
 * the word and its neighbours (given name, surname, known place or organisation, title, organisation and place cue
 * words, demonym, common word), the Brown cluster of the word (its first 4, 6 and 10 steps and the whole path) and
 * of its neighbours, and the label the rule-based mention finder gave it. The lists and rules inform the
 * model; the weights learned from annotated text decide. Thread-safe; per-sentence state lives in {@link TaggerSentence}.
 */
final class TaggerFeatures {

    /** The start hash of each feature template, worked out once: it is the same for every token. */
    private static final int[] START = starts();

    private final ListFlags lists;
    private final WordClusters clusters;
    private final int mask;
    /** {@link #bucket} of each template's start hash: the bucket of a feature that is its template alone. */
    private final int[] startBucket;
    /** Whether the list flags' table keeps the paths of these clusters beside its words ({@link ListedWords}). */
    private final boolean pathsListed;

    TaggerFeatures(ListFlags lists, WordClusters clusters, int mask) {
        this.lists = lists;
        this.clusters = clusters;
        this.mask = mask;
        this.startBucket = new int[START.length];
        for (int t = 0; t < START.length; t++) {
            startBucket[t] = bucket(START[t]);
        }
        this.pathsListed = lists.clusters() == clusters;
    }

    /** One sentence's tokens with the rule finder's labels, ready for {@link #features}. */
    TaggerSentence sentence(List<Token> tokens, List<Mention> ruleMentions) {
        int[] rules = new int[tokens.size()];
        int t = 0;
        for (Mention m : ruleMentions) {
            t = m.firstTokenFrom(tokens, t);
            int code = 1 + (m.type() == null ? 3 : m.type().ordinal()) * 8 + m.evidence().ordinal();
            for (int k = t; k < tokens.size() && tokens.get(k).end() <= m.end(); k++) {
                rules[k] = k == t ? code : code | 64;
            }
        }
        return new TaggerSentence(tokens, rules, lists, clusters, pathsListed, this);
    }

    private static int[] starts() {
        int[] start = new int[400];
        for (int t = 0; t < start.length; t++) {
            start[t] = FeatureHash.start(t);
        }
        return start;
    }

    /** Writes token {@code i}'s feature buckets to {@code out} (the lower-case word first); returns their count. */
    int features(TaggerSentence s, int i, int[] out) {
        // the look-ups of the token and its neighbours are worked out first, in one loop, and only read here: with
        // every read site inlining a look-up and its hashing, the method outgrew the compiler's inlining budget, which
        // then left bucket() and FeatureHash.add() as ~60 calls per token. The features are written in the same order
        // as ever: the scores sum in it.
        s.prepare(i);
        String word = s.tokens.get(i).text();
        int lower = s.lowerAt(i);
        int lowerBefore = s.lowerAt(i - 1);
        int lowerAfter = s.lowerAt(i + 1);
        int shape = s.shapeAt(i);
        int shapeBefore = s.shapeAt(i - 1);
        int shapeAfter = s.shapeAt(i + 1);
        int path = s.clusterAt(i);
        int pathBefore = s.clusterAt(i - 1);
        int pathAfter = s.clusterAt(i + 1);
        int n = 0;
        out[n++] = bucket(FeatureHash.add(START[1], lower));
        out[n++] = bucket(FeatureHash.add(START[2], word, 0, word.length(), false));
        out[n++] = bucket(FeatureHash.add(START[3], lowerBefore));
        out[n++] = bucket(FeatureHash.add(START[4], lowerAfter));
        out[n++] = bucket(FeatureHash.add(START[5], s.lowerAt(i - 2)));
        out[n++] = bucket(FeatureHash.add(START[6], s.lowerAt(i + 2)));
        out[n++] = bucket(FeatureHash.add(START[7], shape));
        out[n++] = bucket(FeatureHash.add(FeatureHash.add(START[8], shapeBefore), shape));
        out[n++] = bucket(FeatureHash.add(FeatureHash.add(START[9], shape), shapeAfter));
        int len = word.length();
        out[n++] = bucket(FeatureHash.add(START[10], word, 0, Math.min(3, len), false));
        out[n++] = bucket(FeatureHash.add(START[11], word, Math.max(0, len - 3), len, true));
        out[n++] = bucket(FeatureHash.add(START[12], word, Math.max(0, len - 2), len, true));
        out[n++] = bucket(FeatureHash.add(FeatureHash.add(START[13], lowerBefore), lower));
        out[n++] = bucket(FeatureHash.add(FeatureHash.add(START[14], lower), lowerAfter));
        boolean initial = i == 0 || NameShapes.opensClause(s.tokens.get(i - 1));
        out[n++] = bucket(FeatureHash.add(START[15], initial ? 1 : 0));
        out[n++] = startBucket[16];
        out[n++] = bucket(FeatureHash.add(START[17], s.rules[i]));
        out[n++] = bucket(FeatureHash.add(START[18], i > 0 ? s.rules[i - 1] : -1));
        out[n++] = bucket(FeatureHash.add(START[19], i + 1 < s.tokens.size() ? s.rules[i + 1] : -1));
        out[n++] = bucket(FeatureHash.add(FeatureHash.add(START[20], s.rules[i]), initial ? 1 : 0));
        out[n++] = bucket(FeatureHash.add(START[21], WordClusters.prefix(path, 4)));
        out[n++] = bucket(FeatureHash.add(START[22], WordClusters.prefix(path, 6)));
        out[n++] = bucket(FeatureHash.add(START[23], WordClusters.prefix(path, 10)));
        out[n++] = bucket(FeatureHash.add(START[24], path));
        out[n++] = bucket(FeatureHash.add(START[25], pathBefore));
        out[n++] = bucket(FeatureHash.add(START[26], pathAfter));
        out[n++] = bucket(FeatureHash.add(START[27], WordClusters.prefix(pathBefore, 6)));
        out[n++] = bucket(FeatureHash.add(START[28], WordClusters.prefix(pathAfter, 6)));
        out[n++] = bucket(FeatureHash.add(FeatureHash.add(START[29], path), shape));
        n = listFeatures(100, s, i, out, n);
        n = listFeatures(200, s, i - 1, out, n);
        n = listFeatures(300, s, i + 1, out, n);
        return n;
    }

    private int listFeatures(int template, TaggerSentence s, int i, int[] out, int n) {
        if (i < 0 || i >= s.tokens.size()) {
            out[n++] = startBucket[template];
            return n;
        }
        // the set flags, lowest first, as a loop over all sixteen wrote them
        for (int flags = s.listFlags(i) & ((1 << ListFlags.COUNT) - 1); flags != 0; flags &= flags - 1) {
            out[n++] = startBucket[template + 1 + Integer.numberOfTrailingZeros(flags)];
        }
        return n;
    }

    private int bucket(int h) {
        return FeatureHash.bucket(h, mask);
    }
}

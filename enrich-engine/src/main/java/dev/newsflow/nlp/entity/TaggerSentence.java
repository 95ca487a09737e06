package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.tagger.FeatureHash;
import dev.newsflow.nlp.tagger.WordClusters;
import dev.newsflow.nlp.text.Token;
import dev.newsflow.nlp.text.Word;

import java.util.List;

/**
 * One sentence as {@link TaggerFeatures} reads it: the rule labels, and what the features read of each word (list
 * flags, lower-case word hash, shape hash, cluster path), which is worked out once per article and spelling, when
 * first asked for, and each on its own (a token two places from a scored one needs only its lower-case word, and the
 * cluster look-up is a cache miss in an 8 MB table), and kept in the token's {@link Word}. Confined to one call.
 */
final class TaggerSentence {

    /** The hash the lower-case word and the shape start from: template 0's. */
    private static final int WORD_START = FeatureHash.start(0);

    final List<Token> tokens;
    final int[] rules;
    private final ListFlags lists;
    private final WordClusters clusters;
    /** Whether {@link #lists} keeps the paths of {@link #clusters} beside its words ({@link ListedWords}). */
    private final boolean pathsListed;
    /** What the words remember their cluster paths under: the features that built this sentence. */
    private final Object clusterKey;

    TaggerSentence(List<Token> tokens, int[] rules, ListFlags lists, WordClusters clusters, boolean pathsListed,
            Object clusterKey) {
        this.tokens = tokens;
        this.rules = rules;
        this.lists = lists;
        this.clusters = clusters;
        this.pathsListed = pathsListed;
        this.clusterKey = clusterKey;
    }

    int listFlags(int i) {
        Word word = tokens.get(i).word();
        int flags = word.taggerFlags(lists);
        return flags != Word.UNSEEN ? flags : word.rememberTaggerFlags(lists, lists.at(tokens, i));
    }

    /** Works out token {@code i}'s lower-case word and shape hashes, if not yet. */
    private Word hashed(int i) {
        Word word = tokens.get(i).word();
        if (!word.hashed()) {
            String w = word.text();
            word.rememberHashes(FeatureHash.add(WORD_START, w, 0, w.length(), true), shapeHash(w));
        }
        return word;
    }

    /**
     * Works out what token {@code i}'s features read: the lower-case words two places either side, the shapes
     * and cluster paths one place either side.
     */
    void prepare(int i) {
        int n = tokens.size();
        for (int k = Math.max(0, i - 2); k <= Math.min(n - 1, i + 2); k++) {
            hashed(k);
        }
        for (int k = Math.max(0, i - 1); k <= Math.min(n - 1, i + 1); k++) {
            cluster(k);
        }
    }

    /** The lower-case word's hash of a token {@link #prepare} has worked out; -1 before the sentence, -2 after it. */
    int lowerAt(int i) {
        return i < 0 || i >= tokens.size() ? edge(i) : tokens.get(i).word().lowerHash();
    }

    /** The shape hash of a token {@link #prepare} has worked out, or of a position outside the sentence. */
    int shapeAt(int i) {
        return i < 0 || i >= tokens.size() ? edge(i) : tokens.get(i).word().shapeHash();
    }

    /** The cluster path of a token {@link #prepare} has worked out, or of a position outside the sentence. */
    int clusterAt(int i) {
        return i < 0 || i >= tokens.size() ? edge(i) : tokens.get(i).word().cluster(clusterKey);
    }

    /** What a feature reads for a position outside the sentence: -1 before it, -2 after it. */
    private static int edge(int i) {
        return i < 0 ? -1 : -2;
    }

    /** The word's Brown cluster path ({@link WordClusters}), remembered by the word. */
    private void cluster(int i) {
        Word word = tokens.get(i).word();
        if (word.cluster(clusterKey) == Word.UNSEEN) {
            int listed = pathsListed ? lists.pathAt(tokens, i) : ListedWords.NO_PATH;
            word.rememberCluster(clusterKey, listed != ListedWords.NO_PATH ? listed
                    : clusters.path(hashed(i).lowerHash()));
        }
    }

    /** "Xxxx", "XX", "dd.dd", "x-Xx": character classes with repeats collapsed, at most six, as a hash. */
    private static int shapeHash(String w) {
        int h = WORD_START;
        char last = 0;
        int written = 0;
        for (int k = 0; k < w.length() && written < 6; k++) {
            char c = w.charAt(k);
            char cls = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (cls != last) {
                h = FeatureHash.add(h, cls);
                last = cls;
                written++;
            }
        }
        return h;
    }
}

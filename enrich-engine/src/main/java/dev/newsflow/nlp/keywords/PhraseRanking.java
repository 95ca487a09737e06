package dev.newsflow.nlp.keywords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Picks the best phrases of one article: highest score first, ties in alphabetical order, skipping a phrase that says
 * the same as one already picked. Sorts {@code long}s (score and candidate number) rather than objects; only the
 * phrases picked become strings.
 */
final class PhraseRanking {

    private static final int CANDIDATE_BITS = 24;
    private static final long MAX_SCORE = (1L << (63 - CANDIDATE_BITS)) - 1;

    private final PhraseCounts counts;
    private final int[] wordsA = new int[PhraseCounts.MAX_PHRASE_WORDS];
    private final int[] wordsB = new int[PhraseCounts.MAX_PHRASE_WORDS];

    PhraseRanking(PhraseCounts counts) {
        this.counts = counts;
    }

    List<String> best(int max) {
        int n = counts.candidates;
        long[] order = new long[n];
        for (int c = 0; c < n; c++) {
            order[c] = (MAX_SCORE - Math.min(counts.score(c), MAX_SCORE)) << CANDIDATE_BITS | c;
        }
        Arrays.sort(order);
        int[] chosen = new int[Math.min(max, n)];
        int picked = 0;
        for (int from = 0; from < n && picked < max; ) {
            int to = from + 1;
            while (to < n && order[to] >>> CANDIDATE_BITS == order[from] >>> CANDIDATE_BITS) {
                to++;
            }
            for (int i = from; i < to && picked < max; i++) {
                smallestFirst(order, i, to);
                int candidate = (int) (order[i] & ((1L << CANDIDATE_BITS) - 1));
                if (!overlapsAny(chosen, picked, candidate)) {
                    chosen[picked++] = candidate;
                }
            }
            from = to;
        }
        List<String> phrases = new ArrayList<>(picked);
        for (int i = 0; i < picked; i++) {
            phrases.add(phrase(chosen[i]));
        }
        return phrases;
    }

    /**
     * Moves the alphabetically first candidate of {@code order[from, to)} to {@code from}: equal-score candidates are
     * taken in alphabetical order, but only until enough are picked, and a run of low scores may hold most of an
     * article's phrases (an insertion sort of each whole run was quadratic in it).
     */
    private void smallestFirst(long[] order, int from, int to) {
        int smallest = from;
        for (int i = from + 1; i < to; i++) {
            if (compare(order[i], order[smallest]) < 0) {
                smallest = i;
            }
        }
        long first = order[smallest];
        order[smallest] = order[from];
        order[from] = first;
    }

    /** Compares as the joined phrases would: word by word, a phrase that ends first is smaller. */
    private int compare(long a, long b) {
        int na = counts.wordsOf((int) (a & ((1L << CANDIDATE_BITS) - 1)), wordsA);
        int nb = counts.wordsOf((int) (b & ((1L << CANDIDATE_BITS) - 1)), wordsB);
        for (int i = 0; i < Math.min(na, nb); i++) {
            int c = counts.words.word(wordsA[i]).compareTo(counts.words.word(wordsB[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(na, nb);
    }

    private boolean overlapsAny(int[] chosen, int picked, int candidate) {
        for (int i = 0; i < picked; i++) {
            if (overlaps(chosen[i], candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the phrases say the same: all words of one are in the other, or they share two words ("offshore wind
     * farm", "wind farm approved"); a plural counts as its singular.
     */
    private boolean overlaps(int better, int candidate) {
        int nb = counts.wordsOf(better, wordsA);
        int nc = counts.wordsOf(candidate, wordsB);
        int shared = 0;
        for (int i = 0; i < nc; i++) {
            for (int j = 0; j < nb; j++) {
                if (sameWord(wordsA[j], wordsB[i])) {
                    shared++;
                    break;
                }
            }
        }
        return shared >= 2 || shared == Math.min(nb, nc);
    }

    private boolean sameWord(int a, int b) {
        return a == b || isPlural(counts.words.word(a), counts.words.word(b))
                || isPlural(counts.words.word(b), counts.words.word(a));
    }

    private static boolean isPlural(String plural, String singular) {
        return plural.length() == singular.length() + 1 && plural.endsWith("s") && plural.startsWith(singular);
    }

    private String phrase(int candidate) {
        int n = counts.wordsOf(candidate, wordsA);
        StringBuilder phrase = new StringBuilder(counts.words.word(wordsA[0]));
        for (int i = 1; i < n; i++) {
            phrase.append(' ').append(counts.words.word(wordsA[i]));
        }
        return phrase.toString();
    }
}

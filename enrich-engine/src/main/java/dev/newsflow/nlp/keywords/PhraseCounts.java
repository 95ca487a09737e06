package dev.newsflow.nlp.keywords;

import dev.newsflow.nlp.lexicon.WordTable;

import java.util.Arrays;

/**
 * One article's candidate phrases and word frequencies. Words are numbered as they are first seen and a phrase of up
 * to three words is a {@code long} of their numbers, so counting allocates one string per distinct word and nothing
 * per phrase occurrence. Used by one thread for one article.
 */
final class PhraseCounts {

    static final int MAX_PHRASE_WORDS = 3;
    private static final int MIN_WORD_LENGTH = 3;
    private static final int BITS_PER_WORD = 21;
    private static final long WORD_MASK = (1L << BITS_PER_WORD) - 1;

    final WordTable words = new WordTable(256);
    private int[] wordFrequency = new int[256];
    private long[] slots = new long[512];
    private int[] slotCandidate = new int[512];
    long[] phrases = new long[256];
    int[] occurrences = new int[256];
    boolean[] inHeadline = new boolean[256];
    int candidates;

    /** Counts a run of content words (their ids in {@code run[0, length)}); longer runs count each three-word window. */
    void addRun(int[] run, int length, boolean headline) {
        if (length == 0 || (length == 1 && words.word(run[0]).length() < MIN_WORD_LENGTH)) {
            return;
        }
        for (int i = 0; i < length; i++) {
            wordFrequency[run[i]]++;
        }
        int window = Math.min(length, MAX_PHRASE_WORDS);
        for (int from = 0; from + window <= length; from++) {
            long phrase = 0;
            for (int i = 0; i < window; i++) {
                phrase |= (run[from + i] + 1L) << (i * BITS_PER_WORD);
            }
            int candidate = candidate(phrase);
            occurrences[candidate]++;
            inHeadline[candidate] |= headline;
        }
    }

    /** The id of a content word ({@code hash} is its {@link WordTable#hash}), numbered on first sight. */
    int word(String token, int hash) {
        int id = words.add(token, hash);
        if (id == wordFrequency.length) {
            wordFrequency = Arrays.copyOf(wordFrequency, id * 2);
        }
        return id;
    }

    /** Occurrences times the summed frequency of the phrase's words, doubled for a headline phrase. */
    long score(int candidate) {
        long wordWeight = 0;
        for (long phrase = phrases[candidate]; phrase != 0; phrase >>>= BITS_PER_WORD) {
            wordWeight += wordFrequency[(int) (phrase & WORD_MASK) - 1];
        }
        return occurrences[candidate] * wordWeight * (inHeadline[candidate] ? 2 : 1);
    }

    /** Word ids of a phrase, first to last, into {@code ids}; returns how many. */
    int wordsOf(int candidate, int[] ids) {
        int n = 0;
        for (long phrase = phrases[candidate]; phrase != 0; phrase >>>= BITS_PER_WORD) {
            ids[n++] = (int) (phrase & WORD_MASK) - 1;
        }
        return n;
    }

    private int candidate(long phrase) {
        int mask = slots.length - 1;
        int slot = slot(phrase, mask);
        for (; slots[slot] != 0; slot = (slot + 1) & mask) {
            if (slots[slot] == phrase) {
                return slotCandidate[slot];
            }
        }
        if (candidates == phrases.length) {
            phrases = Arrays.copyOf(phrases, candidates * 2);
            occurrences = Arrays.copyOf(occurrences, candidates * 2);
            inHeadline = Arrays.copyOf(inHeadline, candidates * 2);
        }
        phrases[candidates] = phrase;
        slots[slot] = phrase;
        slotCandidate[slot] = candidates;
        if (++candidates * 2 > slots.length) {
            rehash();
        }
        return candidates - 1;
    }

    private void rehash() {
        slots = new long[slots.length * 2];
        int mask = slots.length - 1;
        slotCandidate = new int[slots.length];
        for (int c = 0; c < candidates; c++) {
            long phrase = phrases[c];
            int slot = slot(phrase, mask);
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = phrase;
            slotCandidate[slot] = c;
        }
    }

    private static int slot(long phrase, int mask) {
        return (int) (phrase ^ (phrase >>> 29) ^ (phrase >>> 17)) * 0x9E3779B9 >>> 7 & mask;
    }
}

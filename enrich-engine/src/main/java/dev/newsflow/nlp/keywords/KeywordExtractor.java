package dev.newsflow.nlp.keywords;

import dev.newsflow.nlp.lexicon.WordSlots;
import dev.newsflow.nlp.lexicon.WordTable;
import dev.newsflow.nlp.text.Sentence;
import dev.newsflow.nlp.text.Token;
import dev.newsflow.nlp.text.Word;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An article's key phrases, RAKE-style (Rose et al., 2010): candidates are runs of up to three content words between
 * stop words and punctuation (longer runs give their three-word windows); a phrase scores how often it occurs times the summed frequency of its words, doubled
 * when it is in the headline. Phrases already covered by a better one are dropped. Hand-written because the
 * Java keyword libraries pull in whole NLP stacks; this is a few microseconds per article, with stop words looked up
 * in place and phrases counted as numbers ({@link PhraseCounts}). Thread-safe.
 */
public final class KeywordExtractor {

    private static final long NOT_A_CANDIDATE = -1;

    private final WordTable stopWords;

    private KeywordExtractor(WordTable stopWords) {
        this.stopWords = stopWords;
    }

    public static KeywordExtractor load() {
        try (InputStream in = KeywordExtractor.class.getResourceAsStream("stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource stopwords.txt");
            }
            List<String> words = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    for (String word : line.strip().split("\\s+")) {
                        if (!word.isEmpty()) {
                            words.add(word);
                        }
                    }
                }
            }
            return new KeywordExtractor(WordTable.of(words));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stopwords.txt", e);
        }
    }

    /** Up to {@code max} lower-case key phrases, best first; the first sentence is taken as the headline. */
    public List<String> extract(String text, List<Sentence> sentences, int max) {
        PhraseCounts counts = new PhraseCounts();
        int[] run = new int[16];
        for (int s = 0; s < sentences.size(); s++) {
            int length = 0;
            for (Token token : sentences.get(s).tokens()) {
                int id = wordId(token.word(), counts);
                if (id >= 0) {
                    if (length == run.length) {
                        run = Arrays.copyOf(run, length * 2);
                    }
                    run[length++] = id;
                } else {
                    counts.addRun(run, length, s == 0);
                    length = 0;
                }
            }
            counts.addRun(run, length, s == 0);
        }
        return max <= 0 ? List.of() : new PhraseRanking(counts).best(max);
    }

    /**
     * The id in {@code counts} of a content word, or -1 for a stop word or a token that is no candidate; worked out once
     * per article and spelling, which the word remembers.
     */
    private int wordId(Word word, PhraseCounts counts) {
        int id = word.keywordId(counts);
        if (id != Word.UNSEEN) {
            return id;
        }
        String text = word.text();
        long candidate = candidateHash(text);
        int hash = (int) candidate;
        boolean content = candidate != NOT_A_CANDIDATE && stopWords.find(text, 0, text.length(), hash) < 0;
        return word.rememberKeyword(counts, content ? counts.word(text, hash) : -1);
    }

    /**
     * The token's {@link WordTable#hash} (as an unsigned value) when it may be part of a key phrase if it is not a stop
     * word, else {@link #NOT_A_CANDIDATE}; one pass over the characters does both.
     */
    private static long candidateHash(String token) {
        // a run of hundreds of letters (a pasted hash, a page's junk) is no topic, and is longer than a table keeps
        if (token.length() < 2 || token.length() > WordSlots.MAX_LENGTH || !Character.isLetter(token.charAt(0))) {
            return NOT_A_CANDIDATE;
        }
        int hash = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c) || c == '\'' || c == '\u2019') { // contractions ("don't") are not topics
                return NOT_A_CANDIDATE;
            }
            hash = 31 * hash + WordTable.fold(c);
        }
        return hash & 0xFFFF_FFFFL;
    }
}

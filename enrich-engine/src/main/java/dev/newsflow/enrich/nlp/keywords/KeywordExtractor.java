package dev.newsflow.enrich.nlp.keywords;

import dev.newsflow.enrich.nlp.text.Sentence;
import dev.newsflow.enrich.nlp.text.Token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An article's key phrases, RAKE-style (Rose et al., 2010): candidates are runs of up to three content words between
 * stop words and punctuation (longer runs give their three-word windows); a phrase scores how often it occurs times the summed frequency of its words, doubled
 * when it is in the headline. Phrases already covered by a better one are dropped. Hand-written because the
 * Java keyword libraries pull in whole NLP stacks; this is a few microseconds per article. Thread-safe.
 */
public final class KeywordExtractor {

    private static final int MAX_PHRASE_WORDS = 3;
    private static final int MIN_WORD_LENGTH = 3;
    private static final double HEADLINE_BONUS = 2.0;

    private final Set<String> stopWords;

    private KeywordExtractor(Set<String> stopWords) {
        this.stopWords = stopWords;
    }

    public static KeywordExtractor load() {
        try (InputStream in = KeywordExtractor.class.getResourceAsStream("stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource stopwords.txt");
            }
            Set<String> words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#"))
                    .flatMap(line -> Arrays.stream(line.split("\\s+")))
                    .filter(word -> !word.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
            return new KeywordExtractor(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stopwords.txt", e);
        }
    }

    /** Up to {@code max} lower-case key phrases, best first; the first sentence is taken as the headline. */
    public List<String> extract(String text, List<Sentence> sentences, int max) {
        Map<String, Candidate> candidates = new HashMap<>();
        Map<String, Integer> wordFrequency = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<String> run = new ArrayList<>(MAX_PHRASE_WORDS);
            for (Token token : sentences.get(s).tokens()) {
                String word = contentWord(token.text());
                if (word == null) {
                    addPhrase(run, s == 0, candidates, wordFrequency);
                    run.clear();
                } else {
                    run.add(word);
                }
            }
            addPhrase(run, s == 0, candidates, wordFrequency);
        }
        candidates.values().forEach(candidate -> candidate.rate(wordFrequency));
        List<Candidate> ranked = candidates.values().stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::phrase))
                .toList();
        List<Candidate> chosen = new ArrayList<>(max);
        for (Candidate candidate : ranked) {
            if (chosen.size() == max) {
                break;
            }
            if (chosen.stream().noneMatch(better -> better.overlaps(candidate))) {
                chosen.add(candidate);
            }
        }
        return chosen.stream().map(Candidate::phrase).toList();
    }

    /** The lower-case word when the token can be part of a key phrase, else null. */
    private String contentWord(String token) {
        if (token.length() < 2 || !Character.isLetter(token.charAt(0))) {
            return null;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c) || c == '\'' || c == '\u2019') { // contractions ("don't") are not topics
                return null;
            }
        }
        String word = token.toLowerCase(Locale.ROOT);
        return stopWords.contains(word) ? null : word;
    }

    /** Adds a run of content words; a run longer than a phrase adds each of its phrase-long windows. */
    private static void addPhrase(List<String> words, boolean headline, Map<String, Candidate> candidates,
            Map<String, Integer> wordFrequency) {
        if (words.isEmpty() || (words.size() == 1 && words.getFirst().length() < MIN_WORD_LENGTH)) {
            return;
        }
        for (String word : words) {
            wordFrequency.merge(word, 1, Integer::sum);
        }
        int length = Math.min(words.size(), MAX_PHRASE_WORDS);
        for (int from = 0; from + length <= words.size(); from++) {
            List<String> window = words.subList(from, from + length);
            String phrase = String.join(" ", window);
            candidates.computeIfAbsent(phrase, p -> new Candidate(p, List.copyOf(window))).seen(headline);
        }
    }

    private static final class Candidate {
        private final String phrase;
        private final List<String> words;
        private int occurrences;
        private boolean inHeadline;
        private double score;

        Candidate(String phrase, List<String> words) {
            this.phrase = phrase;
            this.words = words;
        }

        void seen(boolean headline) {
            occurrences++;
            inHeadline |= headline;
        }

        void rate(Map<String, Integer> wordFrequency) {
            double wordWeight = 0;
            for (String word : words) {
                wordWeight += wordFrequency.get(word);
            }
            score = occurrences * wordWeight * (inHeadline ? HEADLINE_BONUS : 1.0);
        }

        /**
         * True when the phrases say the same: all words of one are in the other, or they share two words ("offshore
         * wind farm", "wind farm approved"); a plural counts as its singular.
         */
        boolean overlaps(Candidate other) {
            int shared = 0;
            for (String word : other.words) {
                if (words.stream().anyMatch(w -> sameWord(w, word))) {
                    shared++;
                }
            }
            return shared >= 2 || shared == Math.min(words.size(), other.words.size());
        }

        private static boolean sameWord(String a, String b) {
            return a.equals(b) || a.equals(b + "s") || b.equals(a + "s");
        }

        String phrase() {
            return phrase;
        }

        double score() {
            return score;
        }
    }
}

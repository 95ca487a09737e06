package dev.newsflow.nlp.sentiment;

import dev.newsflow.nlp.sentiment.SentenceScorer.SentenceScore;
import dev.newsflow.nlp.text.Sentence;
import dev.newsflow.events.Sentiment;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Lexicon-and-rules tone of a news article. Every sentence is scored on its own (its compound score gives the tone of
 * the entities it names); the document score is the article's net valence per word: the valence of every sentiment word
 * after VADER's rules, summed, over the number of words, so it does not saturate however long the article is. Per word,
 * not the mean of the sentences' squashed compound scores: the annotation asks whether an article is mostly good or bad
 * news, and a compound score counts a sentence of five grim facts barely more than a sentence of one, and a short
 * sentence as much as a long one. The headline and lead weigh more because news is written as an inverted pyramid: they
 * state what the story is about. Thread-safe; load once: the lexicon is read on a background thread while the caller
 * loads the engine's other data, and the first analysis waits for it.
 */
public final class SentimentAnalyzer {

    private static final double HEADLINE_WEIGHT = 3.0;
    private static final double LEAD_WEIGHT = 2.0;
    private static final int LEAD_SENTENCES = 2;
    /**
     * The document score is the net valence per ten words (a typical clause), squashed into (-1, 1) as
     * {@code d / sqrt(d * d + 1)}: nearly linear over the range news articles take (|d| below 0.5), bounded beyond.
     */
    private static final double WORDS_PER_UNIT = 10;

    private final CompletableFuture<SentenceScorer> scorer;

    private SentimentAnalyzer(CompletableFuture<SentenceScorer> scorer) {
        this.scorer = scorer;
    }

    /** Returns at once; the lexicon loads in the background (an unreadable lexicon fails the first analysis). */
    public static SentimentAnalyzer load() {
        return new SentimentAnalyzer(CompletableFuture.supplyAsync(() -> new SentenceScorer(SentimentLexicon.load()),
                task -> Thread.ofVirtual().name("sentiment-lexicon").start(task)));
    }

    /** Scores {@code sentences}, which were segmented from {@code text}; the first sentence is taken as the headline. */
    public ToneAnalysis analyze(String text, List<Sentence> sentences) {
        double[] scores = new double[sentences.size()];
        double valence = 0;
        double words = 0;
        double positive = 0;
        double negative = 0;
        double neutral = 0;
        int longest = 0;
        for (Sentence sentence : sentences) {
            longest = Math.max(longest, sentence.tokens().size());
        }
        int[] ids = new int[longest];
        boolean[] caps = new boolean[longest];
        SentenceScorer scorer = this.scorer.join();
        for (int i = 0; i < scores.length; i++) {
            SentenceScore score = scorer.score(sentences.get(i).tokens(), ids, caps);
            scores[i] = score.compound();
            double weight = i == 0 ? HEADLINE_WEIGHT : i <= LEAD_SENTENCES ? LEAD_WEIGHT : 1.0;
            valence += weight * score.valence();
            words += weight * score.words();
            positive += score.positive();
            negative += score.negative();
            neutral += score.neutral();
        }
        double perUnit = words == 0 ? 0 : WORDS_PER_UNIT * valence / words;
        double documentScore = perUnit / Math.sqrt(perUnit * perUnit + 1);
        return new ToneAnalysis(sentiment(documentScore, positive, negative, neutral), scores);
    }

    private static Sentiment sentiment(double score, double positive, double negative, double neutral) {
        double total = positive + negative + neutral;
        if (total == 0) {
            return new Sentiment(ToneScale.DOCUMENT.label(score), score, 0, 0, 1);
        }
        double positiveShare = positive / total;
        double negativeShare = negative / total;
        return new Sentiment(ToneScale.DOCUMENT.label(score), score, positiveShare, negativeShare,
                Math.max(0, 1 - positiveShare - negativeShare));
    }
}

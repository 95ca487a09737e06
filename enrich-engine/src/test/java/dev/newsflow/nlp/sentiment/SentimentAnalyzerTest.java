package dev.newsflow.nlp.sentiment;

import dev.newsflow.nlp.text.TextSegmenter;
import dev.newsflow.events.EntitySentiment;
import dev.newsflow.events.Sentiment;
import dev.newsflow.events.SentimentLabel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SentimentAnalyzerTest {

    private static final SentimentAnalyzer ANALYZER = SentimentAnalyzer.load();
    private static final TextSegmenter SEGMENTER = new TextSegmenter();

    private static ToneAnalysis tone(String text) {
        return ANALYZER.analyze(text, SEGMENTER.segment(text));
    }

    private static double score(String sentence) {
        return tone(sentence).sentenceScores()[0];
    }

    @Test
    void goodNewsIsPositiveAndBadNewsNegative() {
        assertThat(tone("The town celebrated a wonderful victory and a happy reunion.").document().label())
                .isEqualTo(SentimentLabel.POSITIVE);
        assertThat(tone("Dozens were killed and hundreds wounded when the bombing destroyed the market.").document().label())
                .isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void factualReportIsNeutral() {
        Sentiment sentiment = tone("The committee meets on Tuesday in the town hall. It will publish its minutes next month.")
                .document();

        assertThat(sentiment.label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(sentiment.score()).isZero();
    }

    @Test
    void negationFlipsTheWordItPrecedes() {
        assertThat(score("The harvest was good.")).isPositive();
        assertThat(score("The harvest was not good.")).isNegative();
        assertThat(score("The harvest wasn't good.")).isNegative();
        assertThat(score("Nobody was hurt.")).isPositive();
    }

    @Test
    void aComparativeAfterNeverOrCouldNotSaysTheMostNotTheOpposite() {
        assertThat(score("The mayor said the harbour had never looked better.")).isPositive();
        assertThat(score("Sales were never better, the bakery said.")).isPositive();
        assertThat(score("The coach said the team could not be happier with the result.")).isPositive();
        assertThat(score("The growers couldn’t be more pleased with the harvest.")).isPositive();
        assertThat(score("The ferry company said it could not be more disappointed.")).isNegative();
        assertThat(score("Residents said the road had never looked worse.")).isNegative();
    }

    @Test
    void anyOtherNegatedComparativeIsStillNegated() {
        assertThat(score("The queues will get longer and not better.")).isNegative();
        assertThat(score("The second half was not much better.")).isNegative();
        assertThat(score("The port would not be more competitive with the new levy.")).isNegative();
        assertThat(score("The sequel could not be better than the original.")).isNegative();
        assertThat(score("Sales never got better after the flood.")).isNegative();
        assertThat(score("Patients could not get better treatment at the clinic.")).isNegative();
        assertThat(score("Canadians not happier, survey finds.")).isNegative();
        assertThat(score("The harbour master was never a killer.")).isPositive();
    }

    @Test
    void intensifiersRaiseAndDampenersLowerTheScore() {
        double plain = score("The harvest was good.");

        assertThat(score("The harvest was extremely good.")).isGreaterThan(plain);
        assertThat(score("The harvest was slightly good.")).isLessThan(plain).isPositive();
    }

    @Test
    void clauseAfterButOutweighsTheClauseBefore() {
        assertThat(score("The hotel was lovely but the food was awful.")).isNegative();
        assertThat(score("The food was awful but the hotel was lovely.")).isPositive();
    }

    @Test
    void capitalsAndExclamationMarksAddEmphasis() {
        double plain = score("The new bridge is great.");

        assertThat(score("The new bridge is GREAT.")).isGreaterThan(plain);
        assertThat(score("The new bridge is great!!!")).isGreaterThan(plain);
    }

    @Test
    void allCapsHeadlineIsNotTreatedAsShouting() {
        assertThat(score("BRIDGE OPENING IS GREAT NEWS FOR TOWN")).isCloseTo(score("Bridge opening is great news for town"),
                within(1e-9));
    }

    @Test
    void longArticleDoesNotSaturate() {
        String sentence = "The council was criticised for the delay. ";
        double once = tone("Council update\n\n" + sentence).document().score();
        double hundred = tone("Council update\n\n" + sentence.repeat(100)).document().score();

        assertThat(hundred).isNegative().isCloseTo(once, within(0.05));
    }

    @Test
    void badNewsThatOutweighsTheGoodWordForWordIsNegativeThoughFewerSentencesCarryIt() {
        // one sentence of deaths and destruction against five mild good ones: the mean of the sentences' squashed
        // scores called this neutral, as if five small reopenings balanced ten deaths
        String reopened = " The %s reopened with a smile.";
        String text = "Town news\n\nThe storm killed ten people, destroyed homes, wrecked farms and left hundreds injured "
                + "and homeless." + reopened.formatted("bakery") + reopened.formatted("school")
                + reopened.formatted("library") + reopened.formatted("pool") + reopened.formatted("market");

        assertThat(tone(text).document().label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void wordsThatNewsUsesInNamesOfInstitutionsAndTradesCarryNoTone() {
        assertThat(score("Natural gas output was unchanged, the Justice Department said.")).isZero();
        assertThat(score("The defence secretary opened the comedy festival.")).isZero();
        assertThat(score("Shares outstanding at the investment trust were unchanged.")).isZero();
    }

    @Test
    void oneBadSentenceInALongCalmArticleLeavesItNeutral() {
        String calm = "The museum opens at nine and closes at six on weekdays. ";
        Sentiment sentiment = tone("Museum hours\n\n" + calm.repeat(40) + "A visitor was robbed last year.").document();

        assertThat(sentiment.label()).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void sharesAddUpToOne() {
        Sentiment sentiment = tone("Profits rose sharply. But the strike hurt morale and critics attacked the plan.").document();

        assertThat(sentiment.positive() + sentiment.negative() + sentiment.neutral()).isCloseTo(1.0, within(1e-9));
        assertThat(sentiment.positive()).isPositive();
        assertThat(sentiment.negative()).isPositive();
    }

    @Test
    void entityToneIsTheMeanOfItsSentences() {
        ToneAnalysis tone = tone("Harbour news\n\nThe mayor praised the brilliant rescue. The flood destroyed the pier.");

        EntitySentiment rescuers = tone.toneOf(1);
        EntitySentiment pier = tone.toneOf(2);
        EntitySentiment both = tone.toneOf(1, 2);

        assertThat(rescuers.label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(pier.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(both.score()).isCloseTo((rescuers.score() + pier.score()) / 2, within(1e-9));
        assertThat(tone.toneOf()).isEqualTo(new EntitySentiment(SentimentLabel.NEUTRAL, 0));
    }
}

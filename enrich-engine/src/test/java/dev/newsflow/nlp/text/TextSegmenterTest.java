package dev.newsflow.nlp.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextSegmenterTest {

    private final TextSegmenter segmenter = new TextSegmenter();

    private List<String> sentences(String text) {
        return segmenter.segment(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    private List<String> tokens(String text) {
        return segmenter.segment(text).stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertThat(sentences("Mr. Dalton met U.S. envoys at Brightwater Inc. on Friday. They agreed."))
                .containsExactly("Mr. Dalton met U.S. envoys at Brightwater Inc. on Friday.", "They agreed.");
    }

    @Test
    void anAbbreviationBeforeATypicalOpenerEndsTheSentence() {
        assertThat(sentences("The deal was signed in the U.S. The talks resume next week."))
                .containsExactly("The deal was signed in the U.S.", "The talks resume next week.");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertThat(sentences("\"We will not give up.\" The minister left.\nShe said \"no\" twice."))
                .containsExactly("\"We will not give up.\"", "The minister left.", "She said \"no\" twice.");
    }

    @Test
    void aDatelineIsASentenceOfItsOwn() {
        assertThat(sentences("OSLO, March 3 - Harbour fees rose by a third, officials said."))
                .containsExactly("OSLO, March 3 -", "Harbour fees rose by a third, officials said.");
    }

    @Test
    void anAllCapsHeadlineIsSeparatedFromTheBody() {
        assertThat(sentences("PORT AUTHORITY RAISES FEES\n\nThe port raised its fees."))
                .containsExactly("PORT AUTHORITY RAISES FEES", "The port raised its fees.");
    }

    @Test
    void possessivesAndContractionsAreSplitOff() {
        assertThat(tokens("Dalton's plan and the workers' pay. I'm sure."))
                .containsExactly("Dalton", "'s", "plan", "and", "the", "workers", "'", "pay", ".", "I", "'m", "sure", ".");
    }

    @Test
    void hyphenatedNamesAndNumbersStayWhole() {
        assertThat(tokens("Jean-Luc Ferrand paid 1,250.50 euros"))
                .containsExactly("Jean-Luc", "Ferrand", "paid", "1,250.50", "euros");
    }

    @Test
    void initialsKeepTheirPeriod() {
        assertThat(tokens("George T. Halvorsen spoke")).containsExactly("George", "T.", "Halvorsen", "spoke");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Hello there. Bye.";
        Token bye = segmenter.segment(text).get(1).tokens().get(0);
        assertThat(text.substring(bye.start(), bye.end())).isEqualTo("Bye");
    }

    @Test
    void aTickerSymbolIsOneTokenAndEndsNoSentence() {
        assertThat(sentences("Talks with Brightwater AG <BRW.F> went on. They ended."))
                .containsExactly("Talks with Brightwater AG <BRW.F> went on.", "They ended.");
        assertThat(tokens("Talks with Brightwater AG <BRW.F> went on.")).contains("<BRW.F>");
    }

    @Test
    void aWebsiteNameIsOneToken() {
        assertThat(tokens("Shoppers left Amazon.com for shopwise.co.uk today.")).contains("Amazon.com", "shopwise.co.uk");
    }
}

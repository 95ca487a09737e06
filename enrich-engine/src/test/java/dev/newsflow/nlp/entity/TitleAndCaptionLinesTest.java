package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.TextSegmenter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Lines real pages and feeds put beside the prose: a title with its site's name after a separator, a photographer's
 * credit, a caption or label in capitals. Invented names, places and papers, but for two towns.
 */
class TitleAndCaptionLinesTest {

    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.load();
    private static final TextSegmenter SEGMENTER = new TextSegmenter();
    private static final String PROSE = "\n\nThe council voted on Tuesday to close the old ferry terminal after a long "
            + "debate, and the works start next week.";

    private static List<RecognizedEntity> recognize(String text) {
        return RECOGNIZER.recognize(text, SEGMENTER.segment(text));
    }

    private static List<String> typed(String text) {
        return recognize(text).stream().map(e -> e.name() + " " + e.type()).sorted().toList();
    }

    @Test
    void eachPartOfATitleIsTypedAsItIsAloneNeverAsTheJoinedSpan() {
        for (String place : List.of("Tidewell", "Vosk", "Kestwick", "Portsmouth", "Ferry talks stall in Tidewell",
                "Quay deal signed in Kestwick")) {
            for (String site : List.of("Coast Courier", "Southampton Herald", "Harbour Gazette")) {
                for (String separator : List.of("|", "\u00B7", "\u00BB", "/")) {
                    List<String> alone = new ArrayList<>(typed(place + PROSE));
                    alone.addAll(typed(site + PROSE));
                    assertThat(typed(place + " " + separator + " " + site + PROSE)).as(place + " " + separator + " " + site)
                            .containsExactlyInAnyOrderElementsOf(alone.stream().distinct().toList());
                }
            }
        }
    }

    @Test
    void aSiteAfterAHeadlineInSentenceCaseIsTypedOnItsOwn() {
        for (String separator : List.of("|", "\u00B7", "\u00BB", "/", "\u2013")) {
            for (String headline : List.of("Quay deal signed in Kestwick", "Ferry talks stall in Tidewell",
                    "Ana Ruiz opens the quay")) {
                String title = headline + " " + separator + " Southampton Herald";
                assertThat(recognize(title + PROSE)).as(title)
                        .extracting(RecognizedEntity::name, RecognizedEntity::type)
                        .contains(tuple("Southampton Herald", EntityType.ORGANIZATION));
            }
        }
    }

    @Test
    void aCreditLinesPersonAndPaperAreFoundWhereTheProseNeverNamesThem() {
        for (String separator : List.of("|", "\u00B7", "\u2022", "/", "\u2013")) {
            for (String credit : List.of("Helena Marsh %s Southampton Herald", "Denna Vosk %s Portmell Herald",
                    "Ana Ruiz %s Kestwick Gazette")) {
                String line = credit.formatted(separator);
                String[] parts = line.split(Pattern.quote(" " + separator + " "));
                assertThat(recognize("Quay works start" + PROSE + "\n\n" + line))
                        .as(line).extracting(RecognizedEntity::name, RecognizedEntity::type)
                        .contains(tuple(parts[0], EntityType.PERSON), tuple(parts[1], EntityType.ORGANIZATION))
                        .allMatch(found -> line.contains((String) found.toList().getFirst()));
            }
        }
        // a longer title-case part is still a headline, whose capitals name nothing the article does not know
        assertThat(typed("Ferry Strike Ends In Tidewell After Talks | Coast Courier" + PROSE))
                .noneMatch(found -> found.contains("Ferry") || found.contains("Tidewell"));
    }

    @Test
    void aShoutedCaptionOrLabelNamesNothing() {
        for (String line : List.of("HARBOUR OF PORTMELL AT DAWN \u2014 Ana Ruiz for the Coast Courier",
                "PHOTO: ANA RUIZ \u2013 COAST COURIER", "IN PICTURES - THE FERRY'S LAST CROSSING",
                "WATCH: MAYOR DENNA VOSK OPENS THE QUAY - VIDEO",
                "PHOTO: HARBOUR OF PORTMELL AT DAWN The council in Kestwick met on Tuesday.",
                "The quay was empty at dawn (PHOTO: TIDEWELL HARBOUR TRUST/COAST COURIER).")) {
            assertThat(typed("Quay works start" + PROSE + "\n\n" + line)).as(line)
                    .allMatch(found -> found.equals("Kestwick LOCATION"));
        }
        // an acronym in prose and a dateline's place in capitals are still names
        assertThat(typed("Quay works start\n\nKESTWICK, March 3 - The NATO ferry contract went to the US firm Varn "
                + "Holdings on Tuesday, the council said."))
                .contains("Kestwick LOCATION", "NATO ORGANIZATION", "Varn Holdings ORGANIZATION");
        assertThat(typed("Quay works start\n\nPORTMELL (Harbour Wire) - The council voted on Tuesday."))
                .contains("Portmell LOCATION");
    }

    @Test
    void aListOfNamesInCapitalsInProseIsNoShoutedRun() {
        assertThat(typed("Quay works start\n\nShares of BHP, RIO, GSK and Vodafone rose on Tuesday."))
                .contains("RIO ORGANIZATION", "GSK ORGANIZATION", "Vodafone ORGANIZATION");
        assertThat(typed("Quay works start\n\nThe ferry deal was signed by ANA RUIZ, DENNA VOSK and Helena Marsh."))
                .contains("ANA RUIZ PERSON", "DENNA VOSK PERSON", "Helena Marsh PERSON");
        assertThat(typed("Quay works start\n\nThe US, UK, EU and Japan signed the ferry deal on Tuesday."))
                .contains("UK LOCATION", "EU ORGANIZATION");
    }
}

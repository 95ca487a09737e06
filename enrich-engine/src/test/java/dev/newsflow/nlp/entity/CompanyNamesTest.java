package dev.newsflow.nlp.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.nlp.text.TextSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A lone company name read as a person's is a company when the article names it in full or treats it as one. */
class CompanyNamesTest {

    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.load();
    private static final TextSegmenter SEGMENTER = new TextSegmenter();

    private static Optional<EntityType> typeOf(String text, String name) {
        return RECOGNIZER.recognize(text, SEGMENTER.segment(text)).stream()
                .filter(e -> e.name().equals(name) || e.aliases().contains(name))
                .map(RecognizedEntity::type).findFirst();
    }

    @Test
    void theShortFormOfACompanyNamedWithItsLegalFormIsTheCompany() {
        String text = "Hollingworth Corp said it would sell its paint unit. Hollingworth reported a loss for the year. "
                + "Analysts said Hollingworth had few options.";
        assertThat(typeOf(text, "Hollingworth")).contains(EntityType.ORGANIZATION);
        assertThat(typeOf("Pendry Brothers Ltd cut its dividend. Pendry Brothers said trade was poor.", "Pendry Brothers"))
                .contains(EntityType.ORGANIZATION);
    }

    @Test
    void theShortFormOfACompanyNamedWithABusinessWordIsTheCompany() {
        assertThat(typeOf("Marsden Research said PC sales would double. Marsden expects prices to fall.", "Marsden"))
                .contains(EntityType.ORGANIZATION);
        String founder = "Kellaway Airlines cut fares. Kellaway said demand was strong, and Bob Kellaway, its founder, "
                + "agreed.";
        assertThat(typeOf(founder, "Bob Kellaway")).contains(EntityType.PERSON);
        String region = "Caspian Energy said it had found oil. Oil from the Caspian will flow through the new pipe.";
        assertThat(typeOf(region, "Caspian")).contains(EntityType.LOCATION);
    }

    @Test
    void everyLegalFormTheListsKnowMakesAFullCompanyName() {
        String text = "Pellworth KG cut 300 jobs. Pellworth said demand had fallen. Analysts expect Pellworth to "
                + "close a plant.";
        assertThat(typeOf(text, "Pellworth")).contains(EntityType.ORGANIZATION);
        String joined = "The contract went to Brackett and Sons Bhd on Monday.";
        assertThat(RECOGNIZER.recognize(joined, SEGMENTER.segment(joined))).extracting(RecognizedEntity::name)
                .contains("Brackett and Sons Bhd");
        String two = "The bid by Harlow Telegraph Co and Dellmont Telecommunications BV was outlined on Monday.";
        assertThat(RECOGNIZER.recognize(two, SEGMENTER.segment(two))).extracting(RecognizedEntity::name)
                .contains("Harlow Telegraph Co", "Dellmont Telecommunications BV"); // each closed by its legal form
    }

    @Test
    void aCompanyNameSpanningDoubleSpacesIsReadWithoutFailing() {
        String text = "Kestrel  Foods  Corp  said  it  would  cut  jobs,  and  Kestrel  shares  fell.";
        assertThat(RECOGNIZER.recognize(text, SEGMENTER.segment(text)))
                .anySatisfy(e -> {
                    assertThat(e.name()).startsWith("Kestrel");
                    assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
                });
    }

    @Test
    void theShortFormLeavesTheInitialsOfAFoundersNameAside() {
        String text = "Trading in J.R. Pellington Co was halted on Monday, and Pellington said it would explain.";
        assertThat(typeOf(text, "Pellington")).contains(EntityType.ORGANIZATION);
    }

    @Test
    void aNameWithATickerSymbolIsACompany() {
        assertThat(typeOf("Dunmore <DUNM> said it would close two mills in Ohio next year.", "Dunmore"))
                .contains(EntityType.ORGANIZATION);
        assertThat(typeOf("Dunmore (DUNM.N) said it would close two mills in Ohio next year.", "Dunmore"))
                .contains(EntityType.ORGANIZATION);
        assertThat(typeOf("Dunmore (NYSE: DUNM) said it would close two mills in Ohio next year.", "Dunmore"))
                .contains(EntityType.ORGANIZATION);
    }

    @Test
    void aNameFollowedByWhatOnlyABusinessHasIsACompany() {
        assertThat(typeOf("Profits fell at Hollingbrook, and Hollingbrook's shares dropped by a third.", "Hollingbrook"))
                .contains(EntityType.ORGANIZATION);
        assertThat(typeOf("Talks went on all night as Marwood workers walked out again.", "Marwood"))
                .contains(EntityType.ORGANIZATION);
    }

    @Test
    void aNameBeforeAnOfficeOnlyABusinessHasIsACompany() {
        assertThat(typeOf("\"We are done,\" said Brakewell chairman and chief executive Bill Hargreaves.", "Brakewell"))
                .contains(EntityType.ORGANIZATION);
    }

    @Test
    void anAppositionThatCallsTheNameABusinessMakesItACompany() {
        assertThat(typeOf("Trains stopped when Ferrovalle, the private firm that runs the line, cut wages.", "Ferrovalle"))
                .contains(EntityType.ORGANIZATION);
        assertThat(typeOf("Drummond, a retailer of garden tools, is up for sale.", "Drummond"))
                .contains(EntityType.ORGANIZATION);
        assertThat(typeOf("Buyers are scarce. Pellworth had been a national chain of 300 shops.", "Pellworth"))
                .contains(EntityType.ORGANIZATION);
    }

    @Test
    void theOwnerOfAPersonNamedInFullIsACompany() {
        assertThat(typeOf("\"Rates will rise,\" said Quarterhill's Paul Menzies on Friday.", "Quarterhill"))
                .contains(EntityType.ORGANIZATION);
    }

    @Test
    void aPersonNamedInFullOrWithATitleStaysAPerson() {
        String text = "Dorothy Hollingworth founded Hollingworth Corp in 1960. Hollingworth said she never looked back.";
        assertThat(typeOf(text, "Dorothy Hollingworth")).contains(EntityType.PERSON);
        assertThat(typeOf("Mr Hollingbrook said shares were not his concern. Hollingbrook shares fell.", "Hollingbrook"))
                .contains(EntityType.PERSON);
        assertThat(typeOf("At Gatwick, the company has written to every home nearby.", "Gatwick"))
                .contains(EntityType.LOCATION);
        assertThat(typeOf("The court heard that Rawcliffe was a company director until 2001.", "Rawcliffe"))
                .isNotEqualTo(java.util.Optional.of(EntityType.ORGANIZATION));
    }

    @Test
    void aSingularNameWithAPluralVerbIsAGroup() {
        assertThat(typeOf("Thousands queued for tickets in Glasgow. Velmoray have announced a second concert at the "
                + "park in July.", "Velmoray")).contains(EntityType.ORGANIZATION);
        assertThat(typeOf("Thousands queued in Glasgow, where Brody and Velmoray were guests of the festival.",
                "Velmoray")).isNotEqualTo(Optional.of(EntityType.ORGANIZATION));
        assertThat(typeOf("The fans of Velmoray were queuing in Glasgow.", "Velmoray"))
                .isNotEqualTo(Optional.of(EntityType.ORGANIZATION));
    }

    @Test
    void aPersonAfterAnInvertedAuxiliaryIsNoGroup() {
        String text = "Did Pellick have a chance? And Pellick have scored twice since.";
        assertThat(typeOf(text, "Pellick")).contains(EntityType.PERSON);
    }

    @Test
    void aPersonsPossessiveBeforeAPrepositionOrAfterOfIsNoFirm() {
        assertThat(typeOf("Harwood's in the final now. Harwood's on the bench.", "Harwood"))
                .contains(EntityType.PERSON);
        assertThat(typeOf("Kellan Brody met Tim Harwood. Brody is an old friend of Harwood's.", "Harwood"))
                .contains(EntityType.PERSON);
    }
}

package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.text.TextSegmenter;
import dev.newsflow.events.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Entity ids across articles: each text below is its own article. */
class EntityIdentityTest {

    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.load();
    private static final TextSegmenter SEGMENTER = new TextSegmenter();

    private static RecognizedEntity only(String text, String form) {
        List<RecognizedEntity> found = RECOGNIZER.recognize(text, SEGMENTER.segment(text));
        return found.stream()
                .filter(e -> e.name().equals(form) || e.aliases().contains(form))
                .findFirst().orElseThrow(() -> new AssertionError(form + " not found in " + found));
    }

    @Test
    void everyNameOfACountryInAnyArticleIsOneIdWithTheGazetteersName() {
        List<RecognizedEntity> us = List.of(
                only("Exports to the US rose in May, officials in Lisbon said.", "US"),
                only("Exports to the U.S. rose in May, officials in Lisbon said.", "U.S."),
                only("Exports to the United States rose in May, officials in Lisbon said.", "United States"),
                only("Exports to the USA rose in May, officials in Lisbon said.", "USA"),
                only("Farmers in America sold more grain in May, officials said.", "America"));

        assertThat(us).extracting(RecognizedEntity::id).containsOnly("geo:country:US");
        assertThat(us).extracting(RecognizedEntity::canonicalName).containsOnly("United States");
        // the name is what the article says; the knowledge's name travels beside it
        assertThat(us).extracting(RecognizedEntity::name).containsExactly("US", "U.S.", "United States", "USA", "America");
    }

    @Test
    void aNationInsideAStateIsNotTheState() {
        String uk = only("Ministers in the UK met on Friday, officials in Lisbon said.", "UK").id();
        String britain = only("Ministers in Britain met on Friday, officials in Lisbon said.", "Britain").id();
        String england = only("Ministers in England met on Friday, officials in Lisbon said.", "England").id();

        assertThat(uk).isEqualTo(britain).isEqualTo("geo:country:GB");
        assertThat(england).isEqualTo("geo:name:england");
    }

    @Test
    void aCityIsItsGeoNamesPlace() {
        RecognizedEntity bombay = only("Traders in Bombay sold rice on Monday, officials said.", "Bombay");
        RecognizedEntity mumbai = only("Traders in Mumbai sold rice on Monday, officials said.", "Mumbai");

        assertThat(bombay.id()).isEqualTo(mumbai.id()).isEqualTo("geo:geonames:1275339");
        assertThat(bombay.name()).isEqualTo("Bombay");
        assertThat(bombay.canonicalName()).isEqualTo(mumbai.canonicalName()).isEqualTo("Mumbai");
    }

    @Test
    void aListedOrganisationIsItsListEntryWhateverTheForm() {
        RecognizedEntity short1 = only("The EU agreed new fishing quotas on Monday, officials said.", "EU");
        RecognizedEntity full = only("The European Union agreed new fishing quotas on Monday.", "European Union");
        RecognizedEntity dotted = only("The U.N. sent aid to the valley on Monday, officials said.", "U.N.");

        assertThat(short1.id()).isEqualTo(full.id()).isEqualTo("org:kb:european-union");
        assertThat(short1.name()).isEqualTo("EU");
        assertThat(short1.canonicalName()).isEqualTo(full.canonicalName()).isEqualTo("European Union");
        assertThat(dotted.id()).isEqualTo("org:kb:united-nations");
        assertThat(dotted.canonicalName()).isEqualTo("United Nations");
    }

    @Test
    void aBodyNamedAfterAnAcronymIsNotTheAcronymsEntity() {
        String text = "The KC Commission fined three banks on Monday. Ministers of the KC said the fines were fair.";
        List<RecognizedEntity> found = RECOGNIZER.recognize(text, SEGMENTER.segment(text));

        RecognizedEntity commission = only(text, "KC Commission");

        assertThat(commission.aliases()).doesNotContain("KC");
        assertThat(commission.id()).isEqualTo("org:name:kc-commission");
        // whether the tagger takes the bare acronym for a name or not, it is never the commission
        assertThat(found).filteredOn(e -> e.name().equals("KC"))
                .allSatisfy(kc -> assertThat(kc.id()).isEqualTo("org:name:kc"));
    }

    @Test
    void anUnknownNameIsItsTypeAndNormalisedName() {
        RecognizedEntity trust = only("The Portmell Harbour Trust said on Monday that fees would rise.",
                "Portmell Harbour Trust");

        assertThat(trust.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(trust.id()).isEqualTo("org:name:portmell-harbour-trust");
        assertThat(trust.canonicalName()).isNull();
    }

    @Test
    void aBareSurnameIsNotTheFullNameOfAnotherArticle() {
        RecognizedEntity full = only("Harbour chief Margaret Okonjo opened the terminal on Monday.", "Margaret Okonjo");
        RecognizedEntity bare = only("Mrs Okonjo opened the terminal on Monday, officials said.", "Okonjo");
        RecognizedEntity paired = only("Margaret Okonjo opened the terminal. Okonjo said trade would grow.", "Okonjo");

        assertThat(full.id()).isEqualTo("person:name:margaret-okonjo").isEqualTo(paired.id());
        assertThat(bare.id()).isEqualTo("person:name:okonjo");
    }
}

package dev.newsflow.enrich.nlp.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();

    @Test
    void aKnownCityHasCoordinatesAndCountry() {
        Place lyon = GAZETTEER.find("Lyon");
        assertThat(lyon.kind()).isEqualTo(Place.Kind.CITY);
        assertThat(lyon.geo().countryCode()).isEqualTo("FR");
        assertThat(lyon.geo().lat()).isCloseTo(45.75, within(0.2));
        assertThat(lyon.geo().lon()).isCloseTo(4.85, within(0.2));
    }

    @Test
    void namesOfOneCountryResolveToOnePlace() {
        assertThat(GAZETTEER.find("U.S.")).isSameAs(GAZETTEER.find("America")).isSameAs(GAZETTEER.find("United States"));
        assertThat(GAZETTEER.find("Britain").countryCode()).isEqualTo("GB");
    }

    @Test
    void everyPlaceHasTheIdOfItsKind() {
        assertThat(GAZETTEER.find("U.S.A.").id()).isEqualTo("geo:country:US");
        assertThat(GAZETTEER.find("United States of America")).isSameAs(GAZETTEER.find("U.S."));
        assertThat(GAZETTEER.find("Lyon").id()).isEqualTo("geo:geonames:2996944");
        assertThat(GAZETTEER.find("Kiev").id()).isEqualTo(GAZETTEER.find("Kyiv").id()).isEqualTo("geo:geonames:703448");
        assertThat(GAZETTEER.find("Middle East").id()).isEqualTo(GAZETTEER.find("Mideast").id())
                .isEqualTo("geo:name:middle-east");
    }

    @Test
    void aNationOrAFormerStateSharingACountryCodeKeepsAnIdOfItsOwn() {
        assertThat(GAZETTEER.find("Scotland").id()).isEqualTo("geo:name:scotland");
        assertThat(GAZETTEER.find("West Germany").id()).isNotEqualTo(GAZETTEER.find("Germany").id());
        assertThat(GAZETTEER.find("Germany").id()).isEqualTo("geo:country:DE");
        assertThat(GAZETTEER.find("Soviet Union").id()).isEqualTo("geo:country:SU");
    }

    @Test
    void aCountryWinsOverATownOfTheSameName() {
        assertThat(GAZETTEER.find("Georgia").kind()).isEqualTo(Place.Kind.COUNTRY);
    }

    @Test
    void caseInsensitiveLookupServesAllCapsText() {
        assertThat(GAZETTEER.findIgnoreCase("NAIROBI")).isSameAs(GAZETTEER.find("Nairobi"));
        assertThat(GAZETTEER.find("Atlantis City")).isNull();
    }
}

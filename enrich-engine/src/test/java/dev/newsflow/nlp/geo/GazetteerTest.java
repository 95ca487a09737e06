package dev.newsflow.nlp.geo;

import org.junit.jupiter.api.Test;

import dev.newsflow.events.Geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

    @Test
    void everyEntryHasANameACountryCodeAndEitherNoCoordinatesOrAPointOnEarth() {
        assertThat(GAZETTEER.places()).hasSizeGreaterThan(28_000);
        for (Place place : GAZETTEER.places()) {
            assertThat(place.name()).as("the name of %s", place).isNotBlank();
            if (place.kind() != Place.Kind.REGION) {
                assertThat(place.countryCode()).as(place.toString()).matches("[A-Z]{2}");
            }
            Geo geo = place.geo();
            if (geo != null) {
                assertThat(geo.lat()).as(place.toString()).isFinite().isBetween(-90.0, 90.0);
                assertThat(geo.lon()).as(place.toString()).isFinite().isBetween(-180.0, 180.0);
                assertThat(geo.countryCode()).isEqualTo(place.countryCode());
            }
        }
        for (String name : GAZETTEER.names()) {
            assertThat(name).as("a name of %s", GAZETTEER.find(name)).isNotBlank();
        }
    }

    @Test
    void noCountryIsPlacedAtZeroZeroWhereAMissingCoordinateWouldPutIt() {
        for (Place place : GAZETTEER.places()) {
            if (place.kind() == Place.Kind.COUNTRY && place.geo() != null) {
                assertThat(place.geo().lat() == 0 && place.geo().lon() == 0).as(place.toString()).isFalse();
            }
        }
    }

    @Test
    void countriesWhoseBoundingBoxIsUnusableTakeTheirCapitalsCoordinates() {
        Geo montenegro = GAZETTEER.find("Montenegro").geo();
        assertThat(montenegro.countryCode()).isEqualTo("ME");
        assertThat(montenegro.lat()).isCloseTo(42.44, within(0.1)); // Podgorica
        assertThat(montenegro.lon()).isCloseTo(19.26, within(0.1));
        assertThat(GAZETTEER.find("Serbia").geo().lat()).isCloseTo(44.8, within(0.1)); // Belgrade, not 22.0
        assertThat(GAZETTEER.find("Kazakhstan").geo().lat()).isCloseTo(51.18, within(0.1)); // Astana, not 0
    }

    @Test
    void aBoxAcrossTheAntimeridianIsCentredOnItsCountry() {
        assertThat(GAZETTEER.find("New Zealand").geo().lon()).isCloseTo(173.4, within(1.0));
    }

    @Test
    void theLoaderRefusesCoordinatesThatAreNotAPointOnEarth() {
        assertThat(Gazetteer.geo("42.44", "-19.26", "ME", "Somewhere")).isEqualTo(new Geo(42.44, -19.26, "ME"));
        for (String[] bad : new String[][] {{"NaN", "NaN"}, {"91", "0"}, {"0", "-180.5"}, {"Infinity", "0"},
                {"", "10"}, {"north", "10"}}) {
            assertThatThrownBy(() -> Gazetteer.geo(bad[0], bad[1], "ME", "Somewhere"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Somewhere").hasMessageContaining("[-90, 90]");
        }
    }
}

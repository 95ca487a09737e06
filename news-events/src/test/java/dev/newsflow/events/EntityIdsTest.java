package dev.newsflow.events;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityIdsTest {

    @Test
    void derivedIdsGroupTheSameNameWhateverItsCaseSpacingAndAccents() {
        String id = EntityIds.derived(EntityType.ORGANIZATION, "Société Générale");

        assertThat(id).isEqualTo("org:name:societe-generale");
        assertThat(EntityIds.derived(EntityType.ORGANIZATION, "  SOCIETE   GENERALE ")).isEqualTo(id);
        assertThat(EntityIds.derived(EntityType.ORGANIZATION, "Socie\u0301te\u0301 Ge\u0301ne\u0301rale")).isEqualTo(id);
    }

    @Test
    void theTypeIsPartOfTheId() {
        assertThat(EntityIds.derived(EntityType.PERSON, "Jordan"))
                .isNotEqualTo(EntityIds.derived(EntityType.LOCATION, "Jordan"));
    }

    @Test
    void placesAndKnownEntitiesHaveTheirOwnNamespaces() {
        assertThat(EntityIds.country("us")).isEqualTo("geo:country:US");
        assertThat(EntityIds.geonames(2988507)).isEqualTo("geo:geonames:2988507");
        assertThat(EntityIds.known(EntityType.ORGANIZATION, "European Union")).isEqualTo("org:kb:european-union");
        assertThat(EntityIds.known(EntityType.PERSON, "Tony Blair")).isEqualTo("person:kb:tony-blair");
    }

    @Test
    void everyIdItMakesIsValid() {
        assertThat(EntityIds.isValid(EntityIds.derived(EntityType.PERSON, "Li Wei"))).isTrue();
        assertThat(EntityIds.isValid(EntityIds.derived(EntityType.ORGANIZATION, "東京電力"))).isTrue();
        assertThat(EntityIds.isValid(EntityIds.country("GB"))).isTrue();
        assertThat(EntityIds.isValid("Tony Blair")).isFalse();
        assertThat(EntityIds.isValid(null)).isFalse();
    }

    @Test
    void acceptsExactlyTheIdsOfTheSchemasPattern() throws java.io.IOException {
        // the pattern of entities[].id in article-enriched.v1, which isValid checks without a regex
        java.util.regex.Pattern scheme = java.util.regex.Pattern.compile(schemasEntityIdPattern());
        String[] pieces = {"geo", "org", "person", "country", "geonames", "kb", "name", ":", "-", "a", "Z", "7", " ",
                "_", "é", "\n", "ge", "orgs", "names", ""};
        java.util.Random random = new java.util.Random(7);
        List<String> ids = new ArrayList<>(List.of("geo:country:GB", "org:kb:x", "geo:country:", "geo::GB",
                "person:name:a-", "person:name:a\n", "geo:country:GB:", "org:kb:ab c", "Person:kb:x", ""));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder id = new StringBuilder();
            for (int n = random.nextInt(7); n >= 0; n--) {
                id.append(pieces[random.nextInt(pieces.length)]);
            }
            ids.add(random.nextBoolean() ? id.toString() : id.insert(0, "geo:name:").toString());
        }
        for (String id : ids) {
            assertThat(EntityIds.isValid(id)).as(id).isEqualTo(scheme.matcher(id).matches());
        }
    }

    @Test
    void aValidIdOfTheEntitysTypeIsKeptAndAnyOtherReplacedByTheDerivedOne() {
        assertThat(EntityIds.validOrDerived("person:kb:tony-blair", EntityType.PERSON, "Blair"))
                .isEqualTo("person:kb:tony-blair");
        assertThat(EntityIds.validOrDerived("geo:country:GB", EntityType.LOCATION, "Britain")).isEqualTo("geo:country:GB");
        assertThat(EntityIds.validOrDerived(null, EntityType.PERSON, "Tony Blair")).isEqualTo("person:name:tony-blair");
        assertThat(EntityIds.validOrDerived("Tony Blair", EntityType.PERSON, "Tony Blair"))
                .isEqualTo("person:name:tony-blair");
        assertThat(EntityIds.validOrDerived("org:kb:tony-blair", EntityType.PERSON, "Tony Blair"))
                .as("an id of another type").isEqualTo("person:name:tony-blair");
    }

    @Test
    void theOnePassSlugOfAsciiNamesIsTheDefinitionsSlug() {
        java.util.Random random = new java.util.Random(16);
        List<String> names = new ArrayList<>(List.of("AT&T", "  --Mr. O'Neil--  ", "G-7", "U.S.", "a", "---", "Z9 z9"));
        for (int i = 0; i < 20_000; i++) {
            char[] chars = new char[1 + random.nextInt(12)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = (char) (32 + random.nextInt(95)); // printable ASCII
            }
            names.add(new String(chars));
        }
        for (String name : names) {
            if (!name.isBlank()) {
                assertThat(EntityIds.slug(name)).as(name).isEqualTo(EntityIds.unicodeSlug(name));
            }
        }
    }

    @Test
    void aNameWithoutLettersOrDigitsStillGetsAStableKey() {
        assertThat(EntityIds.slug("東京電力")).isEqualTo(EntityIds.slug(" 東京電力 ")).startsWith("u-");
    }

    @Test
    void refusesWhatCannotIdentifyAnything() {
        assertThatThrownBy(() -> EntityIds.derived(EntityType.PERSON, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EntityIds.country("USA")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EntityIds.geonames(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String schemasEntityIdPattern() throws java.io.IOException {
        try (var in = EntityIdsTest.class.getResourceAsStream("/dev/newsflow/events/schema/article-enriched.v1.schema.json")) {
            var schema = new tools.jackson.databind.ObjectMapper().readTree(in);
            return schema.path("$defs").path("entity").path("properties").path("id").path("pattern").asString();
        }
    }
}

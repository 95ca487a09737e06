package dev.newsflow.cli.evaluate;

import dev.newsflow.nlp.entity.EntityKnowledge;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.NamedEntity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityCheckTest {

    private static final EntityKnowledge KNOWLEDGE = EntityKnowledge.load();

    private static GoldArticle.Entity gold(String name, String type, String... aliases) {
        return new GoldArticle.Entity(name, type, List.of(aliases), List.of());
    }

    private static NamedEntity predicted(String id, String name, EntityType type, String... aliases) {
        return new NamedEntity(id, name, type, List.of(aliases), 1, 0, 0.5, null, null);
    }

    private final GoldArticle first = new GoldArticle("a", 0, List.of(
            gold("US", "LOCATION"), gold("Harbour Trust", "ORGANIZATION"), gold("Amina Diallo", "PERSON")));
    private final GoldArticle second = new GoldArticle("b", 0, List.of(
            gold("United States", "LOCATION", "US", "U.S."), gold("Harbour Trust", "ORGANIZATION"),
            gold("Kofi Diallo", "PERSON")));
    private final GoldArticle third = new GoldArticle("c", 0, List.of(gold("U.S.", "LOCATION", "US")));

    @Test
    void aKnownCountryWithOneIdInEveryArticleIsConsistent() {
        IdentityCheck check = new IdentityCheck(List.of(first, second), List.of(), KNOWLEDGE);
        check.add(first, List.of(predicted("geo:country:US", "United States", EntityType.LOCATION, "US")));
        check.add(second, List.of(predicted("geo:country:US", "United States", EntityType.LOCATION, "U.S.")));

        IdentityReport report = check.report();

        assertThat(report.covered()).isEqualTo(1);
        assertThat(report.consistent()).isEqualTo(1.0);
        assertThat(report.merged()).isZero();
    }

    @Test
    void formsOfOneCountryWithTwoIdsAreASplit() {
        IdentityCheck check = new IdentityCheck(List.of(first, third), List.of(), KNOWLEDGE);
        check.add(first, List.of(predicted("geo:name:us", "US", EntityType.LOCATION)));
        check.add(third, List.of(predicted("geo:country:US", "U.S.", EntityType.LOCATION)));

        IdentityReport report = check.report();

        assertThat(report.consistent()).isZero();
        assertThat(report.split()).singleElement().asString().contains("geo:name:us", "geo:country:US");
    }

    @Test
    void twoPeopleGivenOneIdAreAMerge() {
        IdentityCheck check = new IdentityCheck(List.of(first, second), List.of(), KNOWLEDGE);
        check.add(first, List.of(predicted("person:name:diallo", "Diallo", EntityType.PERSON, "Amina Diallo")));
        check.add(second, List.of(predicted("person:name:diallo", "Diallo", EntityType.PERSON, "Kofi Diallo")));

        IdentityReport report = check.report();

        assertThat(report.merged()).isEqualTo(2);
        assertThat(report.mergedShare()).isEqualTo(1.0);
        assertThat(report.merges()).singleElement().asString().startsWith("person:name:diallo");
    }

    @Test
    void aJudgeCanSayTwoGoldNamesAreOneEntity() {
        IdentityCheck check = new IdentityCheck(List.of(first, second), List.of(List.of("Amina Diallo", "Kofi Diallo")),
                KNOWLEDGE);
        check.add(first, List.of(predicted("person:name:diallo", "Diallo", EntityType.PERSON, "Amina Diallo")));
        check.add(second, List.of(predicted("person:name:diallo", "Diallo", EntityType.PERSON, "Kofi Diallo")));

        assertThat(check.report().merged()).isZero();
    }

    @Test
    void anEntityTheListsDoNotKnowIsNotCounted() {
        IdentityCheck check = new IdentityCheck(List.of(first, second), List.of(), KNOWLEDGE);
        check.add(first, List.of(predicted("org:name:harbour-trust", "Harbour Trust", EntityType.ORGANIZATION)));
        check.add(second, List.of(predicted("org:name:harbour-trust-2", "Harbour Trust", EntityType.ORGANIZATION)));

        IdentityReport report = check.report();

        assertThat(report.covered()).isZero();
        assertThat(report.repeated()).isEqualTo(1);
        assertThat(report.repeatedConsistent()).isZero();
    }
}

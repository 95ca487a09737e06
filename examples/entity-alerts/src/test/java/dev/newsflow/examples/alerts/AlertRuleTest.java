package dev.newsflow.examples.alerts;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlertRuleTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final AlertRule rule = new AlertRule(new WatchList(List.of("geo:country:us", "Tony Blair")), -0.5);

    @Test
    void aStronglyNegativeArticleAboutAWatchedEntityRaisesOneAlert() {
        List<Alert> alerts = rule.alertsFor(json.readTree(Articles.NEGATIVE_ABOUT_US));

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.entityId()).isEqualTo("geo:country:US");
            assertThat(alert.line()).startsWith("ALERT entity=\"United States\" id=geo:country:US")
                    .contains("tone=-0.81", "entityTone=-0.40", "title=\"Port strike halts exports\"");
        });
    }

    @Test
    void theToneAroundTheEntityCountsEvenWhenTheArticleIsPositive() {
        assertThat(rule.alertsFor(json.readTree(Articles.NEGATIVE_AROUND_BLAIR)))
                .extracting(Alert::entityName).containsExactly("Tony Blair");
    }

    @Test
    void mildlyNegativeArticlesRaiseNothing() {
        assertThat(rule.alertsFor(json.readTree(Articles.MILDLY_NEGATIVE_ABOUT_US))).isEmpty();
    }

    @Test
    void recordsFromBeforeEntityIdsMatchByNameOrAlias() {
        AlertRule byAlias = new AlertRule(new WatchList(List.of("U.S.")), -0.5);

        assertThat(byAlias.alertsFor(json.readTree(Articles.OLD_RECORD_WITHOUT_IDS))).hasSize(1);
        assertThat(rule.alertsFor(json.readTree(Articles.OLD_RECORD_WITHOUT_IDS))).isEmpty();
    }

    @Test
    void somethingThatIsNotAnEnrichedArticleIsRefusedWithAReason() {
        JsonNode notAnArticle = json.readTree("{\"hello\":1}");

        assertThatThrownBy(() -> rule.alertsFor(notAnArticle)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an enriched article");
    }

    @Test
    void anAlertStaysOneLineWhateverTheTitleHolds() {
        Alert alert = new Alert("id", "X", null, -0.9, null, "two\nlines\u001b[31m", null);

        assertThat(alert.line()).doesNotContain("\n", "\u001b").contains("id=- ", "entityTone=-", "published=-");
    }
}

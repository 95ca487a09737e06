package dev.newsflow.bench.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.EventType;
import dev.newsflow.events.NamedEntity;
import dev.newsflow.events.validation.RecordValidator;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EnrichedTopicFeederTest {

    private static final BenchArticle ARTICLE = new BenchArticle(3, "Harbour plan approved",
            "The council of Westmoor approved the plan on Monday. Mayor Alva Brenner said the Quayside Trust would "
                    + "start work soon. Residents of Westmoor thanked Alva Brenner.");

    @Test
    void publishesRecordsTheEnrichedContractAccepts() {
        EventJson json = new EventJson();
        ArticleEnriched event = EnrichedTopicFeeder.enriched(ARTICLE, Instant.parse("2026-12-02T10:00:00Z"));

        var tree = json.mapper().readTree(json.write(event));

        assertThat(new RecordValidator().violations(EventType.ARTICLE_ENRICHED, tree)).isEmpty();
        assertThat(event.id()).isEqualTo(ARTICLE.id());
        assertThat(event.entities()).isNotEmpty();
    }

    @Test
    void namesAreCapitalisedRunsWithoutTheSentencesFirstWordMostMentionedFirst() {
        var entities = SyntheticEntities.of(ARTICLE.title() + "\n\n" + ARTICLE.body());

        assertThat(entities).extracting(NamedEntity::name)
                .containsExactly("Westmoor", "Alva Brenner", "Monday", "Quayside Trust");
        assertThat(entities.getFirst().mentions()).isEqualTo(2);
        assertThat(entities).allSatisfy(e -> assertThat(e.id()).startsWith(switch (e.type()) {
            case PERSON -> "person:name:";
            case ORGANIZATION -> "org:name:";
            case LOCATION -> "geo:name:";
        }));
        assertThat(entities).extracting(NamedEntity::type).isSubsetOf(EntityType.values());
    }

    @Test
    void listsAtMostTheCapOfEntities() {
        StringBuilder text = new StringBuilder("Names");
        for (char c = 'A'; c <= 'Z'; c++) {
            text.append(" and ").append(c).append("ston");
        }

        assertThat(SyntheticEntities.of(text.toString())).hasSize(SyntheticEntities.MAX_ENTITIES);
    }
}

package dev.newsflow.store.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.store.StoreOnH2;
import dev.newsflow.store.TestArticles;
import dev.newsflow.store.TestDatabase;
import dev.newsflow.store.article.ArticleWriter;
import dev.newsflow.store.db.SqlDialect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2 keys the links' entity index by generation first (V12: a commit then rewrites the pages of the current
 * generation only, not ~16 random leaves per stored article): an entity's links are read by one lookup per
 * generation and entity, never by a scan of the index, for one id, a list of ids or a sub-query of them.
 */
@StoreOnH2
class EntityLinksOnH2Test {

    private final JdbcClient jdbc;
    private final SqlDialect dialect;
    private final ArticleWriter writer;

    EntityLinksOnH2Test(JdbcClient jdbc, SqlDialect dialect, ArticleWriter writer) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.writer = writer;
    }

    @BeforeEach
    void articlesInThreeGenerations() {
        TestDatabase.clear(jdbc, writer);
        for (long number : new long[] {10, 4100, 9000}) {
            jdbc.sql("ALTER SEQUENCE article_no_seq RESTART WITH " + number).update();
            writer.storeAll(List.of(TestArticles.article("Ferry report " + number)
                    .entity("Nordhavn", EntityType.LOCATION, 1, 0.0)
                    .entity("Ines Moreau", EntityType.PERSON, 1, 0.0).incoming()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {":id", ":ids", "SELECT e.id FROM entity e WHERE e.id = :id"})
    void anEntitysLinksAreLookedUpByGenerationAndEntity(String ids) {
        String links = "SELECT ae.article_no FROM " + dialect.entityLinks("ae", ids);
        Map<String, Object> params = Map.of("id", "geo:name:nordhavn", "ids", List.of("geo:name:nordhavn", "x:y"));

        assertThat(jdbc.sql(links + " ORDER BY 1").params(params).query(Long.class).list()).containsExactly(10L, 4100L, 9000L);
        assertThat(jdbc.sql("EXPLAIN " + links).params(params).query(String.class).single())
                .containsPattern("article_link_gen_entity_day_idx: gen = ae_k\\.gen\\s+AND entity_id = ae_k\\.id");
        assertThat(jdbc.sql("SELECT column_name FROM information_schema.index_columns WHERE index_name"
                + " = 'article_link_gen_entity_day_idx' ORDER BY ordinal_position").query(String.class).list())
                .containsExactly("gen", "entity_id", "sort_day");
    }
}

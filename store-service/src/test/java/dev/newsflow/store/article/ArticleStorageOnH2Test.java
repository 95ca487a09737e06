package dev.newsflow.store.article;

import dev.newsflow.store.StoreOnH2;
import dev.newsflow.store.TestArticles;
import org.junit.jupiter.api.Test;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.NamedEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@StoreOnH2
class ArticleStorageOnH2Test extends ArticleStorageContract {

    private final ArticleWriter writer;
    private final JdbcClient jdbc;
    private final PlatformTransactionManager transactions;

    ArticleStorageOnH2Test(ArticleWriter writer, ArticleRepository repository, JdbcClient jdbc,
            PlatformTransactionManager transactions) {
        super(writer, repository, jdbc);
        this.writer = writer;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** The writer trusts the entities of committed batches only: a batch rolled back is written whole next time. */
    @Test
    void aRolledBackBatchIsStoredWithItsEntitiesWhenDeliveredAgain() {
        var article = TestArticles.article("Ferry timetable changes for the winter")
                .entity("Harbour Board", EntityType.ORGANIZATION, 2, 0.1, "the Board");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            writer.storeAll(List.of(article.incoming()));
            status.setRollbackOnly();
        });
        assertThat(rows("entity")).isZero();

        writer.storeAll(List.of(article.incoming()));

        assertThat(List.of(rows("article"), rows("entity"), rows("entity_form"), rows("article_link")))
                .containsExactly(1L, 1L, 2L, 1L);
    }

    /** An entity the writer stored lately still gets a new surface form and its newest name. */
    @Test
    void anEntityStoredLatelyGetsItsNewFormsAndName() {
        writer.storeAll(List.of(TestArticles.article("Harbour works begin")
                .entity("Harbour Board", EntityType.ORGANIZATION, 2, 0.1, "the Board").incoming()));
        var id = jdbc.sql("SELECT id FROM entity").query(String.class).single();
        writer.storeAll(List.of(TestArticles.article("Harbour works end").entity(id, new NamedEntity(id, "Harbour Board",
                EntityType.ORGANIZATION, List.of("HB"), 1, 0, 0.5, null, null, "Port of Harbour Board")).incoming()));

        assertThat(jdbc.sql("SELECT name FROM entity").query(String.class).single()).isEqualTo("Port of Harbour Board");
        assertThat(jdbc.sql("SELECT form FROM entity_form ORDER BY form").query(String.class).list())
                .containsExactly("HB", "Harbour Board", "Port of Harbour Board", "the Board");
    }

    private long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}

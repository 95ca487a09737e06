package dev.newsflow.store.article;

import dev.newsflow.store.StoreOnH2;
import dev.newsflow.store.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@StoreOnH2
class ArticleStorageOnH2Test extends ArticleStorageContract {

    private final ArticleWriter writer;
    private final ArticleRepository repository;

    ArticleStorageOnH2Test(ArticleWriter writer, ArticleRepository repository, JdbcClient jdbc) {
        super(writer, repository, jdbc);
        this.writer = writer;
        this.repository = repository;
    }

    /** H2 keeps the document as text (V7): its JSON type re-wrote numbers and escapes, PostgreSQL's JSONB does still. */
    @Test
    void keepsTheDocumentAsReceived() {
        IncomingArticle plain = TestArticles.article("Caf\u00e9 on the quay reopens").incoming();
        String received = plain.json().replaceFirst("\\{", "{\"weight\":1.0E-4,\"note\":\"caf\\\\u00e9 \\\\/ pier\",");
        writer.storeAll(List.of(new IncomingArticle(plain.article(), plain.entities(), received)));

        assertThat(repository.findJson(plain.article().id())).contains(received);
    }
}

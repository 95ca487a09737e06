package dev.newsflow.store.article;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.newsflow.events.ArticleEnriched;
import io.swagger.v3.oas.annotations.media.Schema;

/** A stored enriched article, written to the response exactly as it was received from the topic. */
@Schema(implementation = ArticleEnriched.class)
public record RawArticle(@JsonValue @JsonRawValue String json) {
}

package dev.newsflow.store.article;

import dev.newsflow.store.api.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping(path = "/api/articles", produces = "application/json")
@Tag(name = "Articles", description = "Stored enriched articles")
class ArticleController {

    private final ArticleRepository articles;

    ArticleController(ArticleRepository articles) {
        this.articles = articles;
    }

    @GetMapping
    @Operation(summary = "Find articles",
            description = "Newest first (published time, else ingested time), or by relevance when q is given. "
                    + "Filters combine with AND. Follow nextCursor for the next page.")
    ArticlePage find(@ParameterObject ArticleSearchParams params) {
        ArticleQuery query = params.toQuery();
        // one extra row tells whether another page exists without a count query
        List<ArticleHit> hits = articles.find(query.withLimit(query.limit() + 1));
        boolean more = hits.size() > query.limit();
        List<ArticleHit> page = more ? hits.subList(0, query.limit()) : hits;
        return new ArticlePage(page.stream().map(hit -> new RawArticle(hit.json())).toList(),
                more ? page.getLast().cursor().encode() : null);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One article by id", description = "The enriched article as the enriched topic carried it")
    RawArticle get(@PathVariable String id) {
        return articles.findJson(id).map(RawArticle::new).orElseThrow(() -> new NotFoundException("article", id));
    }
}

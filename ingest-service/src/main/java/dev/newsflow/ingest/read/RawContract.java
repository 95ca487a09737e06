package dev.newsflow.ingest.read;

import dev.newsflow.events.ArticleIngested;
import dev.newsflow.events.EventJson;
import dev.newsflow.events.EventType;
import dev.newsflow.events.validation.RecordValidator;
import dev.newsflow.events.validation.UnusableRecordException;
import dev.newsflow.events.validation.Validated;
import dev.newsflow.formats.FormatResult;
import dev.newsflow.formats.RecordProblem;
import dev.newsflow.ingest.logging.LogValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Every raw article goes through the contract's {@link RecordValidator} ({@code article-ingested.v1}) before it may be
 * published, the one validation path enrich and store use too. An article that breaks the schema in a part it
 * cannot do without is refused like any unusable record (reason {@code invalid-record}: counted, listed in the
 * file's {@code .error.json} or the upload's answer) and never published; one broken only in an optional part is
 * published without that part, and the part is logged.
 */
final class RawContract {

    private static final Logger log = LoggerFactory.getLogger(RawContract.class);

    private final RecordValidator validator;
    private final EventJson json;

    RawContract(RecordValidator validator, EventJson json) {
        this.validator = validator;
        this.json = json;
    }

    /** The articles that may be published, and {@code result} with a problem added for each that may not. */
    ArticleReading.ReadFile check(FormatResult result, List<ArticleIngested> articles) {
        List<ArticleIngested> valid = new ArrayList<>(articles.size());
        List<RecordProblem> problems = new ArrayList<>(result.problems());
        int refused = 0;
        for (ArticleIngested article : articles) {
            try {
                valid.add(conforming(article));
            } catch (UnusableRecordException e) {
                refused++;
                if (problems.size() < FormatResult.MAX_LISTED_PROBLEMS) {
                    problems.add(RecordProblem.ofDocument("article " + article.id()
                            + " breaks the raw-article schema: " + e.violation().describe()));
                }
            }
        }
        FormatResult checked = refused == 0 ? result
                : new FormatResult(result.format(), result.articles(), problems, result.problemCount() + refused);
        return new ArticleReading.ReadFile(checked, valid);
    }

    private ArticleIngested conforming(ArticleIngested article) {
        Validated validated = validator.validate(EventType.ARTICLE_INGESTED, json.mapper().valueToTree(article));
        if (!validated.isChanged()) {
            return article;
        }
        log.warn("article={} published without the parts that break its schema: {}", article.id(),
                LogValue.of(validated.dropped().toString()));
        return json.mapper().treeToValue(validated.record(), ArticleIngested.class);
    }
}

package dev.newsflow.enrich.contract;

/**
 * An enriched record breaks its schema in a part it cannot do without (an id, a title, the document sentiment): it
 * cannot be published, and the same article would give the same record again, so it is dead-lettered.
 */
public class InvalidEnrichmentException extends RuntimeException {

    public InvalidEnrichmentException(String articleId, String violation) {
        super("the enriched record of article " + articleId + " breaks article-enriched.v1 in a required part: "
                + violation);
    }
}

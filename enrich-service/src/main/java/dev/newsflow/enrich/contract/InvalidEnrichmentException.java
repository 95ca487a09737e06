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

    private InvalidEnrichmentException(String message) {
        super(message);
    }

    /** A record larger than the producer can send: the same article would give the same record again. */
    public static InvalidEnrichmentException tooLarge(String articleId, int bytes, int maxBytes) {
        return new InvalidEnrichmentException("the enriched record of article " + articleId + " has " + bytes
                + " bytes, more than the " + maxBytes + " the producer can send (max.request.size less room for"
                + " the key and headers)");
    }
}

package dev.newsflow.enrich.contract;

import dev.newsflow.events.ArticleEnriched;
import dev.newsflow.events.validation.DroppedPart;

import java.util.List;

/**
 * An enriched record as it may be published: it conforms to the schema.
 *
 * @param article the record as published, without the dropped parts
 * @param json    its JSON bytes
 * @param dropped the optional parts left out to make it conform; empty for almost every record
 */
public record ValidRecord(ArticleEnriched article, byte[] json, List<DroppedPart> dropped) {

    public ValidRecord {
        dropped = List.copyOf(dropped);
    }
}

package dev.newsflow.store.consume;

import dev.newsflow.store.article.IncomingArticle;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A decoded article with the record it came in, for dead-lettering should the database refuse it. */
record Received(ConsumerRecord<String, byte[]> record, IncomingArticle article) {
}

package dev.newsflow.enrich.topics;

import dev.newsflow.events.EventJson;
import dev.newsflow.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics this service reads and writes, created at start-up when missing, and the codec of their values. A topic
 * that already exists keeps its partitions; dead letters are partitioned by key, so the dead-letter topic needs no
 * particular number of them.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    NewTopic rawArticlesTopic(TopicSettings settings) {
        return topic(Topics.RAW_ARTICLES, settings);
    }

    @Bean
    NewTopic rawArticlesDeadLetterTopic(TopicSettings settings) {
        return topic(Topics.deadLetter(Topics.RAW_ARTICLES), settings);
    }

    @Bean
    NewTopic enrichedArticlesTopic(TopicSettings settings) {
        return topic(Topics.ENRICHED_ARTICLES, settings);
    }

    @Bean
    EventJson eventJson() {
        return new EventJson();
    }

    private static NewTopic topic(String name, TopicSettings settings) {
        return TopicBuilder.name(name)
                .partitions(settings.partitions())
                .replicas(settings.replicationFactor())
                .build();
    }
}

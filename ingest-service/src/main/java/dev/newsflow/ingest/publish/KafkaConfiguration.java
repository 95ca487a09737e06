package dev.newsflow.ingest.publish;

import dev.newsflow.events.EventJson;
import dev.newsflow.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The one topic ingest writes (it consumes nothing, so it has no dead-letter topic) and the value codec. */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    NewTopic rawArticlesTopic(TopicSettings settings) {
        return TopicBuilder.name(Topics.RAW_ARTICLES)
                .partitions(settings.partitions())
                .replicas(settings.replicationFactor())
                .build();
    }

    @Bean
    EventJson eventJson() {
        return new EventJson();
    }
}

package dev.newsflow.store.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the event contract next to the OpenAPI document: the AsyncAPI document of the topics at
 * {@code /asyncapi.yaml} and the JSON Schemas it refers to at {@code /schema/}, straight from the news-events jar,
 * so what a consumer downloads is exactly what the services were built and tested against.
 */
@Configuration(proxyBeanMethods = false)
class ContractDocumentsConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/asyncapi.yaml").addResourceLocations("classpath:/dev/newsflow/events/");
        registry.addResourceHandler("/schema/*.schema.json")
                .addResourceLocations("classpath:/dev/newsflow/events/schema/");
    }
}

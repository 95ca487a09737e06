package dev.newsflow.store.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI storeOpenApi() {
        return new OpenAPI().info(new Info()
                .title("newsflow store API")
                .description("Enriched news articles: search and filter them, explore the entities they name, "
                        + "and read totals. Errors are RFC 9457 problem+json.")
                .version("v1")
                .license(new License().name("Apache-2.0")));
    }
}

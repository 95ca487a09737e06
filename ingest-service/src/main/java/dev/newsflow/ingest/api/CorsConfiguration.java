package dev.newsflow.ingest.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The allowed origins also get the CORS answers a browser needs to post JSON (which is preflighted). */
@Configuration(proxyBeanMethods = false)
class CorsConfiguration implements WebMvcConfigurer {

    private final ApiSettings settings;

    CorsConfiguration(ApiSettings settings) {
        this.settings = settings;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (!settings.allowedOrigins().isEmpty()) {
            registry.addMapping("/api/**").allowedOrigins(settings.allowedOrigins().toArray(String[]::new))
                    .allowedMethods("POST");
        }
    }
}

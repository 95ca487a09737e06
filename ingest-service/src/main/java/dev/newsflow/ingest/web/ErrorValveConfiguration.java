package dev.newsflow.ingest.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link ProblemJsonErrorValve} in place of the HTML error report valve Spring Boot installs. */
@Configuration(proxyBeanMethods = false)
class ErrorValveConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonErrorValve() {
        return factory -> factory.addContextCustomizers(context -> {
            // the host adds a valve of this class at start unless one is there: without this, a plain HTML one
            ((StandardHost) context.getParent()).setErrorReportValveClass(ProblemJsonErrorValve.class.getName());
            var pipeline = context.getParent().getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof ProblemJsonErrorValve)) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new ProblemJsonErrorValve());
        });
    }
}

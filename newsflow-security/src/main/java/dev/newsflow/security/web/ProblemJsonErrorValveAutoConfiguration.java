package dev.newsflow.security.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;

/** Puts {@link ProblemJsonErrorValve} in place of the HTML error report valve Spring Boot installs, in each service. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(TomcatServletWebServerFactory.class)
public class ProblemJsonErrorValveAutoConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonErrorValve(
            ObjectProvider<StatusReasons> reasons) {
        return factory -> factory.addContextCustomizers(context -> {
            // the host adds a valve of this class at start unless one is there: without this, a plain HTML one
            ((StandardHost) context.getParent()).setErrorReportValveClass(ProblemJsonErrorValve.class.getName());
            var pipeline = context.getParent().getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof ProblemJsonErrorValve)) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new ProblemJsonErrorValve(reasons.getIfUnique(() -> status -> null)));
        });
    }
}

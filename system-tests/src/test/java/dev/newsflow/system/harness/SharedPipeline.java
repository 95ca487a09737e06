package dev.newsflow.system.harness;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects one {@link LocalPipeline} shared by every test class that uses this extension: starting four JVMs costs
 * more than the tests themselves. JUnit closes it (stopping every process) when the whole run ends, also after
 * failures. Fault scenarios kill and stop its processes and bring them back; should one fail half-way, the next test
 * still gets every process running.
 */
public final class SharedPipeline implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPipeline.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalPipeline.class;
    }

    @Override
    public LocalPipeline resolveParameter(ParameterContext parameter, ExtensionContext context) {
        LocalPipeline pipeline = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(LocalPipeline.class, type -> LocalPipeline.start(), LocalPipeline.class);
        pipeline.ensureRunning();
        return pipeline;
    }
}

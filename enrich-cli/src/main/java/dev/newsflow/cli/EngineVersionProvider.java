package dev.newsflow.cli;

import dev.newsflow.nlp.EngineVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the engine's version, as every article it enriches carries it ({@code enricherVersion}). */
final class EngineVersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"newsflow enrich engine " + EngineVersion.shipped()};
    }
}

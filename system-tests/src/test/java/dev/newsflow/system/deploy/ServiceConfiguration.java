package dev.newsflow.system.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.newsflow.system.harness.Repository;

/** What a service's own YAML configuration (src/main/resources) says about ports and environment variables. */
final class ServiceConfiguration {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final Pattern IMPORTED = Pattern.compile("classpath:([\\w.-]+\\.ya?ml)");
    private static final List<String> SHARED_MODULES = List.of("newsflow-kafka", "newsflow-security");

    /**
     * newsflow-security binds these from the environment with no YAML of its own ({@code SecuritySettings}); a service
     * that depends on it reads them.
     */
    private static final List<String> SECURITY_SETTINGS = List.of("newsflow.security.keys", "newsflow.security.keys-file",
            "newsflow.security.header", "newsflow.security.reads-open");

    private final Map<String, String> properties = new HashMap<>();
    private final boolean secured;

    private ServiceConfiguration(String module) {
        try {
            secured = Files.readString(Repository.file(module + "/pom.xml"))
                    .contains("<artifactId>newsflow-security</artifactId>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path resources = Repository.file(module + "/src/main/resources");
        try (Stream<Path> files = Files.list(resources)) {
            files.filter(file -> file.toString().endsWith(".yml") || file.toString().endsWith(".yaml"))
                    .forEach(file -> properties.putAll(YamlNode.load(file).flatten()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loadImports();
    }

    /** The shared modules' files the service imports ({@code spring.config.import: classpath:newsflow-kafka.yml}). */
    private void loadImports() {
        Matcher imported = IMPORTED.matcher(properties.getOrDefault("spring.config.import", ""));
        while (imported.find()) {
            for (String shared : SHARED_MODULES) {
                Path file = Repository.file(shared + "/src/main/resources/" + imported.group(1));
                if (Files.isRegularFile(file)) {
                    YamlNode.load(file).flatten().forEach(properties::putIfAbsent);
                }
            }
        }
    }

    static ServiceConfiguration of(String module) {
        return new ServiceConfiguration(module);
    }

    /** The HTTP port the service listens on when its port variable is not set. */
    int defaultPort() {
        Matcher matcher = PLACEHOLDER.matcher(properties.getOrDefault("server.port", ""));
        if (matcher.matches() && matcher.group(2) != null) {
            return Integer.parseInt(matcher.group(2));
        }
        return Integer.parseInt(properties.getOrDefault("server.port", "8080"));
    }

    /** The name of the variable in {@code server.port: ${NAME:default}}. */
    String portVariable() {
        Matcher matcher = PLACEHOLDER.matcher(properties.getOrDefault("server.port", ""));
        return matcher.matches() ? matcher.group(1) : "";
    }

    /**
     * Environment variables the service reads: the {@code ${NAME}} placeholders in its YAML, plus the relaxed-binding
     * names of its YAML properties (NEWSFLOW_KAFKA_PARTITIONS sets newsflow.kafka.partitions).
     */
    Set<String> environmentVariables() {
        Set<String> names = new TreeSet<>();
        properties.forEach((key, value) -> {
            Matcher matcher = PLACEHOLDER.matcher(value);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            names.add(key.replace('.', '_').replace("-", "").toUpperCase());
        });
        if (secured) {
            // both forms Spring Boot maps a dashed name from: NEWSFLOW_SECURITY_KEYSFILE and NEWSFLOW_SECURITY_KEYS_FILE
            SECURITY_SETTINGS.forEach(setting -> {
                names.add(setting.replace('.', '_').replace("-", "").toUpperCase());
                names.add(setting.replace('.', '_').replace('-', '_').toUpperCase());
            });
        }
        return names;
    }
}

package dev.newsflow.system.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/** Read-only navigation through a parsed YAML document; a missing key reads as empty, never as null. */
record YamlNode(Object value) {

    static YamlNode load(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new YamlNode(new Yaml().load(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    YamlNode get(String key) {
        return new YamlNode(value instanceof Map<?, ?> map ? map.get(key) : null);
    }

    boolean isPresent() {
        return value != null;
    }

    String text() {
        return value == null ? "" : value.toString();
    }

    Map<String, YamlNode> entries() {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> entries.put(key.toString(), new YamlNode(child)));
        }
        return entries;
    }

    List<YamlNode> items() {
        return value instanceof List<?> list ? list.stream().map(YamlNode::new).toList() : List.of();
    }

    /** The document as {@code a.b.c -> value} pairs, the way Spring Boot sees a YAML property file. */
    Map<String, String> flatten() {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", this, flat);
        return flat;
    }

    private static void flatten(String prefix, YamlNode node, Map<String, String> flat) {
        if (node.value instanceof Map<?, ?>) {
            node.entries().forEach((key, child) -> flatten(prefix.isEmpty() ? key : prefix + "." + key, child, flat));
        } else {
            flat.put(prefix, node.text());
        }
    }
}

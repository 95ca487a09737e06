package dev.newsflow.examples.alerts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * The entities a user follows. An enriched entity matches by its stable {@code id} (the same in every article,
 * e.g. {@code geo:country:US}), its canonical {@code name} or any of its {@code aliases}. Records written before
 * ids existed have no {@code id}; they still match by name.
 */
final class WatchList {

    private final Set<String> keys;

    WatchList(List<String> watched) {
        this.keys = watched.stream().map(WatchList::key).collect(Collectors.toUnmodifiableSet());
    }

    boolean matches(JsonNode entity) {
        if (keys.contains(key(entity.path("id").asString(""))) || keys.contains(key(entity.path("name").asString("")))) {
            return true;
        }
        for (JsonNode alias : entity.path("aliases")) {
            if (keys.contains(key(alias.asString("")))) {
                return true;
            }
        }
        return false;
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}

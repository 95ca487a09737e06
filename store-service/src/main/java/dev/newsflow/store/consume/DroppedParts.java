package dev.newsflow.store.consume;

import java.util.ArrayList;
import java.util.List;

/**
 * The optional parts of one record that were invalid and left out. {@code part} names the kind of part
 * ({@code entity.geo}), a fixed set fit for a metric tag; {@code path} says where it was ({@code entities[2].geo}).
 */
final class DroppedParts {

    record Dropped(String part, String path) {
    }

    private final List<Dropped> dropped = new ArrayList<>();

    void add(String part, String path) {
        dropped.add(new Dropped(part, path));
    }

    boolean isEmpty() {
        return dropped.isEmpty();
    }

    List<Dropped> list() {
        return List.copyOf(dropped);
    }

    String paths() {
        return String.join(", ", dropped.stream().map(Dropped::path).toList());
    }
}

package dev.newsflow.formats.html.names;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * A constant set of element names asked about every node of a page (which tags are blocks, never text, scored):
 * thousands of lookups a page. {@code Set.of} finds a name's slot with a division ({@code Math.floorMod}), a
 * {@link HashSet} with a mask, which profiling showed to matter at that count.
 */
public final class TagNames {

    private TagNames() {
    }

    public static Set<String> of(String... names) {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(names)));
    }
}

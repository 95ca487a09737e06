package dev.newsflow.nlp;

import dev.newsflow.nlp.entity.EntityData;
import dev.newsflow.nlp.tagger.WordClusters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Computes, from the data files, what the engine would otherwise compute from them at every start, into resources
 * shipped beside them: the engine version ({@link EngineVersion#RESOURCE}), the word clusters' table
 * ({@link WordClusters#TABLE}) and the name lists' table ({@code ShippedNameTable}). The same data give the same
 * bytes; the tests recompute each and fail when a file is stale. After changing a data file or how a table is built:
 *
 * <pre>
 * ./mvnw -q -o -pl enrich-engine -am compile
 * java -cp enrich-engine/target/classes:news-events/target/classes dev.newsflow.nlp.ShippedForms enrich-engine/src/main/resources
 * </pre>
 */
public final class ShippedForms {

    /** The files this class writes, relative to the resources' root; none of them is part of the version's hash. */
    static final List<String> GENERATED = List.of("engine-version.txt", "entity/name-table.bin.gz",
            "tagger/word-clusters.bin.gz");

    private ShippedForms() {
    }

    /** {@code args[0]}: the resources folder, e.g. {@code enrich-engine/src/main/resources}. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]).resolve("dev/newsflow/nlp");
        write(root.resolve(GENERATED.get(0)), out -> out.write(EngineVersion.file().getBytes(StandardCharsets.UTF_8)));
        write(root.resolve(GENERATED.get(1)), EntityData::writeNameTable);
        write(root.resolve(GENERATED.get(2)), WordClusters.fromText()::writeTable);
    }

    /** What {@link #main} writes to one file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void write(Path file, Content content) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            content.writeTo(out);
        }
    }
}

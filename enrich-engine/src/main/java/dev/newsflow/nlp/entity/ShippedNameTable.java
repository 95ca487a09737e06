package dev.newsflow.nlp.entity;

import dev.newsflow.nlp.geo.Gazetteer;
import dev.newsflow.nlp.tagger.WordClusters;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The name lists' table ({@link KnownNames#table}, each word's cluster path beside its flags: {@link ListedWords}) as
 * a file computed from the lists, the gazetteer and the clusters ({@code ShippedForms}), read at start: building it
 * (220,000-odd words from sixteen lists, each word's path looked up) was half of the engine's start on its main
 * loading thread. {@code ShippedNameTableTest} fails when the file is not what the data and this code give.
 */
final class ShippedNameTable {

    static final String RESOURCE = "/dev/newsflow/nlp/entity/name-table.bin.gz";

    private ShippedNameTable() {
    }

    static FlagTable load() {
        try (InputStream in = ShippedNameTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing engine resource " + RESOURCE);
            }
            return FlagTable.read(new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The table built from the shipped data, written as {@link #load} reads it; the same data give the same bytes. */
    static void write(OutputStream out) throws IOException {
        FlagTable table = new ListedWords(KnownNames.table(EntityLexicon.load(), Gazetteer.load()),
                WordClusters.fromText()).table();
        GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(zip, 1 << 16));
        table.write(data);
        data.flush();
        zip.finish();
    }
}

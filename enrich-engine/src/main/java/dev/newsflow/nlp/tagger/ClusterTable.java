package dev.newsflow.nlp.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * {@link WordClusters}' open-addressing table as a file (gzip): the number of slots, then the keys and the paths of
 * the words in slot order. Read back, the words go into their slots in that order, so the table fills from one end
 * to the other instead of at random.
 */
final class ClusterTable {

    /** The file's first int (and each part's): its layout, to be changed with it. */
    private static final int MAGIC = 0x57430001;

    private ClusterTable() {
    }

    /** Writes {@code table} (slot s: key at 2s, path at 2s + 1); the same table gives the same bytes. */
    static void write(int[] table, OutputStream out) throws IOException {
        int count = 0;
        for (int slot = 0; slot < table.length; slot += 2) {
            count += table[slot] != 0 ? 1 : 0;
        }
        int[] keys = new int[count];
        int[] paths = new int[count];
        for (int slot = 0, i = 0; slot < table.length; slot += 2) {
            if (table[slot] != 0) {
                keys[i] = table[slot];
                paths[i++] = table[slot + 1];
            }
        }
        GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 16);
        ShippedResource.writeInts(zip, MAGIC, new int[] {table.length});
        ShippedResource.writeInts(zip, MAGIC, keys);
        ShippedResource.writeInts(zip, MAGIC, paths);
        zip.finish();
    }

    static int[] read(InputStream file) throws IOException {
        InputStream in = new GZIPInputStream(file, 1 << 16);
        int[] table = new int[ShippedResource.readInts(in, MAGIC)[0]];
        int[] keys = ShippedResource.readInts(in, MAGIC);
        int[] paths = ShippedResource.readInts(in, MAGIC);
        if (Integer.bitCount(table.length) != 1 || keys.length != paths.length
                || 2 * keys.length >= table.length) { // a full table would leave a miss probing for ever
            throw new IOException("word clusters: not a table");
        }
        int mask = table.length / 2 - 1;
        for (int i = 0; i < keys.length; i++) {
            int slot = FeatureHash.bucket(keys[i], mask);
            while (table[2 * slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[2 * slot] = keys[i];
            table[2 * slot + 1] = paths[i];
        }
        return table;
    }
}

package dev.newsflow.nlp.lexicon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A {@link WordSlots} table as a file: a table the build computes from word lists, read at start instead of being
 * built again. The words with their values and extras in slot order, each part whole (the values, the extras, the
 * lengths, the characters), so that reading is a few bulk copies and one pass that fills the slots one after another.
 */
public final class WordSlotsFile {

    private WordSlotsFile() {
    }

    /** Writes {@code table} as {@link #read} reads it: the same table gives the same bytes. */
    public static void write(WordSlots table, DataOutputStream out) throws IOException {
        out.writeInt(table.capacity());
        out.writeInt(table.size());
        out.writeInt(table.used());
        table.forEachWord((value, place, extra) -> out.writeInt(value));
        table.forEachWord((value, place, extra) -> out.writeInt(extra));
        table.forEachWord((value, place, extra) -> out.writeByte(place & 0xFF));
        table.forEachWord((value, place, extra) -> {
            int from = (place >>> 8) - 1;
            for (int i = from; i < from + (place & 0xFF); i++) {
                out.writeChar(table.charAt(i));
            }
        });
    }

    /**
     * The table {@link #write} wrote; each word's hash is its {@link String#hashCode()}, what {@link WordSlots#exact}
     * and {@link WordSlots#slotOf} look it up by.
     */
    public static WordSlots read(DataInputStream in) throws IOException {
        int capacity = in.readInt();
        int size = in.readInt();
        int used = in.readInt();
        if (Integer.bitCount(capacity) != 1 || size < 0 || 2 * size > capacity || used < 0 || used >= 1 << 23) {
            throw new IOException("not a word table");
        }
        int[] values = ints(in, size);
        int[] extras = ints(in, size);
        byte[] lengths = bytes(in, size);
        char[] pool = new char[used];
        ByteBuffer.wrap(bytes(in, 2 * used)).asCharBuffer().get(pool);
        WordSlots table = WordSlots.ofPool(capacity, pool, size);
        int from = 0;
        for (int i = 0; i < size; i++) {
            int length = lengths[i] & 0xFF;
            if (from + length > used) {
                throw new IOException("word table's lengths and characters disagree");
            }
            int hash = 0;
            for (int c = from; c < from + length; c++) {
                hash = 31 * hash + pool[c];
            }
            table.putRead(hash, values[i], from, length, extras[i]);
            from += length;
        }
        if (from != used) {
            throw new IOException("word table's lengths and characters disagree");
        }
        return table;
    }

    private static int[] ints(DataInputStream in, int count) throws IOException {
        int[] ints = new int[count];
        ByteBuffer.wrap(bytes(in, count * Integer.BYTES)).asIntBuffer().get(ints);
        return ints;
    }

    private static byte[] bytes(DataInputStream in, int count) throws IOException {
        byte[] bytes = in.readNBytes(count);
        if (bytes.length != count) {
            throw new EOFException("word table cut short");
        }
        return bytes;
    }
}

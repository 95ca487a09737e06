package dev.newsflow.formats.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * UTF-8 bytes with their CR LF and lone CR line ends made LF, as {@link TextDecoder} makes a text's: a page saved on
 * Windows is then read from its bytes like any other. The carriage returns are found eight bytes at a time and the
 * runs between them copied whole (a byte never starts a multi-byte character when it is a CR, so no character is cut).
 */
final class LineFeeds {

    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;
    private static final long CARRIAGE_RETURNS = ONES * '\r';

    private LineFeeds() {
    }

    static DecodedText of(byte[] utf8) {
        byte[] out = new byte[utf8.length];
        int written = 0;
        int from = 0;
        for (int cr = indexOfCarriageReturn(utf8, 0); cr >= 0; cr = indexOfCarriageReturn(utf8, from)) {
            System.arraycopy(utf8, from, out, written, cr - from);
            written += cr - from;
            out[written++] = '\n';
            from = cr + 1 < utf8.length && utf8[cr + 1] == '\n' ? cr + 2 : cr + 1;
        }
        System.arraycopy(utf8, from, out, written, utf8.length - from);
        return DecodedText.ofUtf8(out, written + utf8.length - from);
    }

    private static int indexOfCarriageReturn(byte[] b, int from) {
        int i = from;
        for (; i + Long.BYTES <= b.length; i += Long.BYTES) {
            long x = (long) EIGHT_BYTES.get(b, i) ^ CARRIAGE_RETURNS;
            // the lowest byte that is zero (a CR) sets its high bit here; bytes above it may too, which is no matter
            long zero = (x - ONES) & ~x & HIGH;
            if (zero != 0) {
                return i + Long.numberOfTrailingZeros(zero) / Byte.SIZE;
            }
        }
        for (; i < b.length; i++) {
            if (b[i] == '\r') {
                return i;
            }
        }
        return -1;
    }
}

package dev.newsflow.ingest.api;

import dev.newsflow.formats.FormatException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadBodyTest {

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeAnyByteIsRead() {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body must not be read");
            }
        };

        assertThatThrownBy(() -> UploadBody.read(untouchable, 101, 100))
                .isInstanceOfSatisfying(FormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(FormatException.Reason.TOO_LARGE))
                .hasMessageContaining("limit of 100");
    }

    @Test
    void aChunkedBodyStopsOneByteAfterTheLimit() {
        CountingStream endless = new CountingStream();

        assertThatThrownBy(() -> UploadBody.read(endless, -1, 100))
                .isInstanceOfSatisfying(FormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(FormatException.Reason.TOO_LARGE));
        assertThat(endless.served).isEqualTo(101);
    }

    @Test
    void aBodyAtTheLimitIsReadWhole() throws IOException {
        byte[] content = new byte[100];

        assertThat(UploadBody.read(new ByteArrayInputStream(content), -1, 100)).hasSize(100);
    }

    /** Never ends, like a client streaming forever. */
    private static final class CountingStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            served += len;
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            return len;
        }
    }
}

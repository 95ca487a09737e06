package dev.newsflow.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MercuryPagesTest {

    @Test
    void aTestFilesStringLiteralReadsAsTheTextItWrites() {
        assertThat(MercuryPages.unescape("Harbour\\u2019s new quay\\nopens \\\"today\\\""))
                .isEqualTo("Harbour\u2019s new quay\nopens \"today\"");
    }
}

package dev.newsflow.nlp;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackgroundLoadTest {

    @Test
    void givesThePartItLoaded() {
        assertThat(BackgroundLoad.start("test-part", () -> "lexicon").join()).isEqualTo("lexicon");
    }

    @Test
    void anErrorOnTheLoadingThreadIsThrownAsItWas() {
        // e.g. an OutOfMemoryError while the tagger model is read: the caller sees that, not a CompletionException
        OutOfMemoryError error = new OutOfMemoryError("Java heap space");
        BackgroundLoad<String> part = BackgroundLoad.start("test-part", () -> {
            throw error;
        });

        assertThatThrownBy(part::join).isSameAs(error);
    }

    @Test
    void anUncheckedExceptionOnTheLoadingThreadIsThrownAsItWas() {
        UncheckedIOException failure = new UncheckedIOException(new IOException("gazetteer missing"));
        BackgroundLoad<String> part = BackgroundLoad.start("test-part", () -> {
            throw failure;
        });

        assertThatThrownBy(part::join).isSameAs(failure);
    }
}

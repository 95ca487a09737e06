package dev.newsflow.bench.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoredTotalTest {

    private final StoreApi store = mock(StoreApi.class);
    private final ByteArrayOutputStream said = new ByteArrayOutputStream();
    private final StoredTotal total = new StoredTotal(store, List.of(Duration.ZERO, Duration.ZERO),
            new PrintStream(said, true, StandardCharsets.UTF_8));

    @Test
    void aCallThatFailsUnderLoadIsAskedAgainAndTheRunGetsTheCount() throws Exception {
        when(store.storedArticles()).thenThrow(new HttpTimeoutException("request timed out")).thenReturn(20_000L);

        assertThat(total.read()).hasValue(20_000);
        assertThat(said()).contains("GET /api/stats failed (request timed out), asking again");
    }

    @Test
    void afterTheLastAttemptItGivesUpAndSaysTheCountIsNotChecked() throws Exception {
        when(store.storedArticles()).thenThrow(new ConnectException());

        assertThat(total.read()).isEmpty();
        verify(store, times(3)).storedArticles();
        assertThat(said()).contains("gave up on GET /api/stats after 3 attempts (last: ConnectException)")
                .contains("not checked");
    }

    private String said() {
        return said.toString(StandardCharsets.UTF_8);
    }
}

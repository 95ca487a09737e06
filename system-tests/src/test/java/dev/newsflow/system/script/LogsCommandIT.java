package dev.newsflow.system.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * {@code ./newsflow logs} with a name that is no component (a typo, the short name of a service): an error that
 * lists the names, at once, instead of following a log that will never be written.
 */
class LogsCommandIT {

    @Test
    // not a speed limit: the old script waited for that log for ever, and a hung test must end
    @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
    void aNameThatIsNoComponentIsAnError() throws IOException {
        try (NewsflowScript newsflow = new NewsflowScript(NewsflowScript.newHome("logs-"))) {
            NewsflowScript.Result logs = newsflow.run("logs", "ingest");

            assertThat(logs.exitCode()).isEqualTo(2);
            assertThat(logs.output()).contains("no component 'ingest'", "ingest-service", "local-kafka");
        }
    }
}

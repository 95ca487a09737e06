package dev.newsflow.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DltReplayTest {

    @Test
    void aCommandConfigThatCannotBeReadIsOneLineAndExitStatusOne(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine command = DltReplay.commandLine();
        command.setErr(new PrintWriter(err, true));

        int status = command.execute("news.articles.raw.v1-dlt", "--command-config=" + dir.resolve("missing.properties"));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).startsWith("dlt-replay: cannot read --command-config").hasLineCount(1);
    }

    @Test
    void theHelpNamesTheCommandConfigOption() {
        assertThat(DltReplay.commandLine().getUsageMessage()).contains("--command-config=FILE", "security.protocol");
    }
}

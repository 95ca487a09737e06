package dev.newsflow.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeysTest {

    @TempDir
    Path dir;

    @Test
    void keysComeFromTheSettingAndFromAFileOfOneKeyPerLine() throws IOException {
        Path file = Files.writeString(dir.resolve("api-key"), "# rotated 2026-12-01\nfile-key-000000000000001\n\n"
                + "  file-key-000000000000002  \n");

        ApiKeys keys = ApiKeys.from(new SecuritySettings(List.of("env-key-0000000000000001"), file, "X-Api-Key", true));

        assertThat(keys.count()).isEqualTo(3);
        assertThat(keys.matches("env-key-0000000000000001")).isTrue();
        assertThat(keys.matches("file-key-000000000000002")).isTrue();
        assertThat(keys.matches("file-key-00000000000000")).isFalse();
        assertThat(keys.matches("# rotated 2026-12-01")).isFalse();
        assertThat(keys.matches(null)).isFalse();
    }

    @Test
    void aShortKeyStopsTheStartWithoutShowingIt() {
        assertThatThrownBy(() -> ApiKeys.from(new SecuritySettings(List.of("changeme"), null, "X-Api-Key", true)))
                .hasMessageContaining("shorter than 16").hasMessageNotContaining("changeme");
    }

    @Test
    void aMissingKeysFileStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> ApiKeys.from(new SecuritySettings(List.of(), dir.resolve("absent"), "X-Api-Key", true)))
                .hasMessageContaining("newsflow.security.keys-file");
    }

    @Test
    void settingsPrintedInALogShowNoKey() {
        assertThat(new SecuritySettings(List.of("env-key-0000000000000001"), null, "X-Api-Key", true).toString())
                .doesNotContain("env-key").contains("keys=1 given");
    }
}

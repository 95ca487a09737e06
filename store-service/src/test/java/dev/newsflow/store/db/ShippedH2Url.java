package dev.newsflow.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The default database URL as application.yml ships it (H2), pointed at a home of the test's own. */
final class ShippedH2Url {

    private ShippedH2Url() {
    }

    static String in(Path home) {
        try {
            String yaml = Files.readString(Path.of("src/main/resources/application.yml"));
            Matcher m = Pattern.compile("url: \\$\\{NEWSFLOW_DB_URL:(jdbc:h2:[^\\n]*)}\\s*\\n").matcher(yaml);
            assertThat(m.find()).as("the default H2 URL in application.yml").isTrue();
            return m.group(1).replace("${newsflow.home}", home.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

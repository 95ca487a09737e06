package dev.newsflow.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: store commits a batch, then Kafka's offsets. On the default database (H2, the URL in application.yml) a
 * commit must be on disk before that, or a killed store loses articles whose offsets are already committed: H2's
 * MVStore otherwise keeps the last second of commits in memory. A child JVM commits rows one by one on the shipped
 * URL and halts at once (as {@code kill -9} would); every committed row must be there when the database is reopened.
 */
class H2CommitsSurviveAKillTest {

    private static final int ROWS = 500;

    @Test
    void everyRowCommittedBeforeAKillIsThereAfterIt(@TempDir Path home) throws Exception {
        String url = ShippedH2Url.in(home);

        Process child = new ProcessBuilder(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
                CommitThenHalt.class.getName(), url, Integer.toString(ROWS)))
                .redirectErrorStream(true).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
        String output = new String(child.getInputStream().readAllBytes());
        assertThat(output).as("child output").contains("committed " + ROWS);

        assertThat(rows(url)).as("rows committed before the kill, after reopening").isEqualTo(ROWS);
    }

    private static int rows(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet result = connection.createStatement().executeQuery("SELECT COUNT(*) FROM killed_rows")) {
            result.next();
            return result.getInt(1);
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The child: one committed row at a time, then a halt without closing anything. */
    public static final class CommitThenHalt {
        public static void main(String[] args) throws SQLException {
            int rows = Integer.parseInt(args[1]);
            Connection connection = DriverManager.getConnection(args[0], "sa", "");
            connection.createStatement().execute("CREATE TABLE killed_rows (id INT PRIMARY KEY, body VARCHAR)");
            connection.setAutoCommit(false);
            var insert = connection.prepareStatement("INSERT INTO killed_rows VALUES (?, ?)");
            for (int i = 0; i < rows; i++) {
                insert.setInt(1, i);
                insert.setString(2, "body ".repeat(200));
                insert.executeUpdate();
                connection.commit();
            }
            System.out.println("committed " + rows);
            System.out.flush();
            Runtime.getRuntime().halt(9);
        }
    }
}

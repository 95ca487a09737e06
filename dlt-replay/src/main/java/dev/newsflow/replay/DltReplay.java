package dev.newsflow.replay;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code java -jar dlt-replay.jar news.articles.raw.v1-dlt}: puts dead letters back where they came from. */
@Command(name = "dlt-replay", mixinStandardHelpOptions = true,
        description = "Re-publishes the records of a dead-letter topic to the topic they came from, each exactly once.")
public final class DltReplay implements Callable<Integer> {

    @Parameters(index = "0", description = "the dead-letter topic, e.g. news.articles.raw.v1-dlt")
    private String deadLetterTopic;

    @Option(names = "--bootstrap-servers", description = "Kafka (default: $NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS or localhost:19092)")
    private String bootstrapServers = System.getenv().getOrDefault("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "localhost:19092");

    @Option(names = "--command-config", paramLabel = "FILE", description = "Kafka client properties, as Kafka's own tools"
            + " take them: security.protocol, sasl.mechanism, sasl.jaas.config, ssl.* (a SASL/SCRAM login, say)")
    private Path commandConfig;

    @Option(names = "--to", description = "send every record to this topic instead of the one it came from")
    private String to;

    @Option(names = "--group", description = "consumer group that remembers what was replayed (default: ${DEFAULT-VALUE})")
    private String group = "newsflow-dlt-replay";

    @Option(names = "--dry-run", description = "list what would be replayed, change nothing")
    private boolean dryRun;

    @Option(names = "--list", description = "print one line per record (always on with --dry-run)")
    private boolean list;

    @Override
    public Integer call() {
        ReplayReport report = new Replayer(bootstrapServers, group, clientProperties())
                .replay(new ReplayTarget(deadLetterTopic, to), dryRun);
        if (list || dryRun) {
            report.records().forEach(System.out::println);
        }
        System.out.println(report.summary());
        return 0;
    }

    private Properties clientProperties() {
        Properties properties = new Properties();
        if (commandConfig != null) {
            try (Reader in = Files.newBufferedReader(commandConfig)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read --command-config " + commandConfig, e);
            }
        }
        return properties;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command with its error handling: a failure is one line on the error stream and exit status 1. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new DltReplay());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("dlt-replay: " + e.getMessage());
            return 1;
        });
        return commandLine;
    }
}

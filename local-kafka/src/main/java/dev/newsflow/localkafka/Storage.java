package dev.newsflow.localkafka;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

/** Formats the KRaft log directory the first time; later starts reuse it and keep every topic. */
final class Storage {

    private Storage() {
    }

    static boolean isFormatted(BrokerSettings settings) {
        return Files.exists(settings.logDir().resolve("meta.properties"));
    }

    /** @return {@code true} when this call formatted the storage, {@code false} when it was formatted already */
    static boolean formatOnce(BrokerSettings settings) {
        if (isFormatted(settings)) {
            return false;
        }
        String clusterId = Uuid.randomUuid().toString();
        List<String> arguments = new ArrayList<>(List.of(
                "format", "--standalone", "-t", clusterId, "-c", settings.propertiesFile().toString()));
        // the SCRAM user goes into the metadata log with the format (kafka-storage format --add-scram): a KRaft
        // broker lets no client in before it exists, and its controller does not take AlterUserScramCredentials
        settings.scram().ifPresent(scram -> arguments.addAll(List.of("--add-scram", scram.mechanism()
                + "=[name=\"" + scram.username() + "\",password=\"" + scram.password() + "\"]")));
        // execute (not main): StorageTool.main ends the JVM
        int exit = StorageTool.execute(arguments.toArray(String[]::new), System.out);
        if (exit != 0) {
            throw new IllegalStateException("formatting " + settings.logDir() + " failed with exit code " + exit);
        }
        return true;
    }
}

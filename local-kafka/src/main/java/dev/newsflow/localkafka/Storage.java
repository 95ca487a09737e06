package dev.newsflow.localkafka;

import java.nio.file.Files;

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
        // execute (not main): StorageTool.main ends the JVM
        int exit = StorageTool.execute(new String[] {
                "format", "--standalone", "-t", clusterId, "-c", settings.propertiesFile().toString()},
                System.out);
        if (exit != 0) {
            throw new IllegalStateException("formatting " + settings.logDir() + " failed with exit code " + exit);
        }
        return true;
    }
}

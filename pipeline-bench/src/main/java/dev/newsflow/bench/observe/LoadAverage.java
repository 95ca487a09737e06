package dev.newsflow.bench.observe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The 1-minute load average, quoted with every figure: other builds share the cores. */
public final class LoadAverage {

    private LoadAverage() {
    }

    public static String oneMinute() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}

package dev.newsflow.system.monitoring;

import java.util.Set;
import java.util.TreeSet;

/** The sample names in a Prometheus text exposition ({@code /actuator/prometheus}). */
final class PrometheusScrape {

    private PrometheusScrape() {
    }

    static Set<String> sampleNames(String exposition) {
        Set<String> names = new TreeSet<>();
        exposition.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .forEach(line -> names.add(line.split("[{ ]", 2)[0]));
        return names;
    }
}

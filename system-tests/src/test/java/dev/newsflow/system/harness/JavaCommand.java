package dev.newsflow.system.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar} of a module's built jar, with the JDK running the tests, as {@code ./newsflow} runs it before its
 * AOT cache (JDK 25+), which the shared pipeline does without: its services start once for the whole run.
 */
final class JavaCommand {

    private JavaCommand() {
    }

    static List<String> jar(String module) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-Xmx512m", "-jar", Repository.jar(module).toString()));
        return command;
    }
}

package dev.newsflow.bench;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A Spring Boot jar's own classes and libraries in a class loader of their own, so two builds of one service can
 * run side by side in one JVM ({@link EnrichRecordAb}, {@link ContractAb}).
 */
final class BootJarClasses {

    private BootJarClasses() {
    }

    static ClassLoader load(Path jar) throws Exception {
        return new URLClassLoader(unpack(jar), ClassLoader.getPlatformClassLoader());
    }

    /** A package-private constructor or method of the loaded classes, made callable from here. */
    static <T extends java.lang.reflect.AccessibleObject> T accessible(T member) {
        member.setAccessible(true);
        return member;
    }

    /** The jar's classes and libraries, unpacked into a temporary directory removed at exit. */
    private static URL[] unpack(Path jar) throws Exception {
        Path dir = Files.createTempDirectory("boot-jar-classes");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        // made first: a URL of a directory that does not exist yet lacks the trailing slash that marks it as one
        List<URL> urls = new ArrayList<>(List.of(
                Files.createDirectories(dir.resolve("BOOT-INF/classes")).toUri().toURL()));
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith("BOOT-INF/")) {
                    continue;
                }
                Path target = dir.resolve(name).normalize();
                if (!target.startsWith(dir)) {
                    throw new IllegalArgumentException("entry outside the jar's directory: " + name);
                }
                Files.createDirectories(target.getParent());
                Files.copy(zip, target);
                if (name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar")) {
                    urls.add(target.toUri().toURL());
                }
            }
        }
        return urls.toArray(URL[]::new);
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException e) {
            System.err.println("could not delete " + dir + ": " + e);
        }
    }
}

package dev.newsflow.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The accepted keys, held only as SHA-256 digests. A presented key is compared with every one of them in constant
 * time: digests have one length whatever the key's, and no comparison stops early, so timing tells nothing about
 * how close a guess was or which key matched.
 */
public final class ApiKeys {

    /** Shorter keys are refused at start-up: guessable, and usually a placeholder left in a configuration. */
    public static final int MIN_LENGTH = 16;

    private final List<byte[]> digests;
    private final String origin;

    private ApiKeys(List<byte[]> digests, String origin) {
        this.digests = List.copyOf(digests);
        this.origin = origin;
    }

    /** @throws IllegalStateException naming the setting (never the key) when a key is too short or the file unreadable */
    public static ApiKeys from(SecuritySettings settings) {
        List<byte[]> digests = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        add(settings.keys(), "newsflow.security.keys", digests);
        if (!settings.keys().isEmpty()) {
            origins.add("newsflow.security.keys");
        }
        if (settings.keysFile() != null) {
            add(readFile(settings.keysFile()), "newsflow.security.keys-file " + settings.keysFile(), digests);
            origins.add(settings.keysFile().toAbsolutePath().toString());
        }
        return new ApiKeys(digests, String.join(" and ", origins));
    }

    public boolean isEmpty() {
        return digests.isEmpty();
    }

    public int count() {
        return digests.size();
    }

    /** Where the keys came from, for the start-up log line. */
    public String origin() {
        return origin;
    }

    public boolean matches(String presented) {
        if (presented == null) {
            return false;
        }
        byte[] digest = sha256(presented);
        boolean match = false;
        for (byte[] key : digests) {
            match |= MessageDigest.isEqual(key, digest);
        }
        return match;
    }

    private static void add(List<String> keys, String setting, List<byte[]> digests) {
        for (String key : keys) {
            String trimmed = key.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.length() < MIN_LENGTH) {
                throw new IllegalStateException("a key in " + setting + " is shorter than " + MIN_LENGTH
                        + " characters; use a random one, e.g. `openssl rand -base64 32`");
            }
            digests.add(sha256(trimmed));
        }
    }

    private static List<String> readFile(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.strip().startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API keys file newsflow.security.keys-file " + file, e);
        }
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

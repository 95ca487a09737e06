package dev.newsflow.nlp.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the entity resource files: {@code #} starts a comment line, blank lines are skipped. */
final class WordLists {

    private static final String BASE = "/dev/newsflow/nlp/entity/";

    private WordLists() {
    }

    static List<String> lines(String resource) {
        try (InputStream in = WordLists.class.getResourceAsStream(BASE + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing entity resource " + BASE + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && trimmed.charAt(0) != '#') {
                    lines.add(trimmed);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every whitespace-separated word of a file, e.g. one line per name or many words per line. */
    static Set<String> words(String resource) {
        return new HashSet<>(wordList(resource));
    }

    /** {@link #words} in file order, a word listed twice twice: for lists only walked through once. */
    static List<String> wordList(String resource) {
        List<String> lines = lines(resource);
        List<String> words = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (line.indexOf(' ') < 0 && line.indexOf('\t') < 0) {
                words.add(line); // one word a line: the large generated lists
            } else {
                words.addAll(List.of(line.split("\\s+")));
            }
        }
        return words;
    }

    /** Words of the lines that start with {@code tag} ("head President Minister"), tag excluded. */
    static Set<String> tagged(List<String> lines, String tag) {
        Set<String> words = new HashSet<>();
        for (String line : lines) {
            String[] parts = line.split("\\s+");
            if (parts[0].equals(tag)) {
                words.addAll(List.of(parts).subList(1, parts.length));
            }
        }
        return words;
    }
}

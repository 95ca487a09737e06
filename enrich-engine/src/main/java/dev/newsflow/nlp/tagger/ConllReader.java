package dev.newsflow.nlp.tagger;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003-style BIO files (token TAB tag, blank line between sentences, {@code -DOCSTART-} between
 * documents, {@code # doc = NAME} comments naming them) into documents of sentences.
 */
public final class ConllReader {

    /** One sentence: its tokens and their labels ({@link Tags}). */
    public record Sentence(List<String> words, int[] labels) {
    }

    public record Document(String name, List<Sentence> sentences) {
    }

    private ConllReader() {
    }

    public static List<Document> read(Path file) throws IOException {
        List<Document> documents = new ArrayList<>();
        String name = null;
        List<Sentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        int lineNumber = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.startsWith("# doc = ")) {
                    name = line.substring("# doc = ".length()).strip();
                } else if (line.startsWith("# ")) {
                    continue;
                } else if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                    flush(words, labels, sentences);
                    if (line.startsWith("-DOCSTART-") && !sentences.isEmpty()) {
                        documents.add(new Document(name, sentences));
                        sentences = new ArrayList<>();
                        name = null;
                    }
                } else {
                    int tab = line.lastIndexOf('\t');
                    if (tab <= 0) {
                        throw new IOException(file + ":" + lineNumber + ": expected TOKEN<TAB>TAG");
                    }
                    words.add(line.substring(0, tab));
                    labels.add(Tags.of(line.substring(tab + 1).strip()));
                }
            }
        }
        flush(words, labels, sentences);
        if (!sentences.isEmpty()) {
            documents.add(new Document(name, sentences));
        }
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).name() == null) {
                documents.set(i, new Document(file.getFileName() + "#" + (i + 1), documents.get(i).sentences()));
            }
        }
        return documents;
    }

    private static void flush(List<String> words, List<Integer> labels, List<Sentence> out) {
        if (words.isEmpty()) {
            return;
        }
        int[] array = labels.stream().mapToInt(Integer::intValue).toArray();
        out.add(new Sentence(List.copyOf(words), array));
        words.clear();
        labels.clear();
    }
}

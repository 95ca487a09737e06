import org.tukaani.xz.XZInputStream;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipFile;

/**
 * Writes the entity tagger's word clusters (nlp/tagger/word-clusters.tsv.gz: "word TAB bit path", sorted by word)
 * from the Brown clusters in Maven Central's edu.emory.mathcs.nlp:nlp4j-english:1.1.3 (Apache-2.0). That file is a
 * serialised java.util.HashMap from a lower-case word to the set of its cluster path's prefixes; the longest one is
 * the word's path. Only words made of letters, digits and the name marks . ' &amp; - are kept (no punctuation or
 * URLs: the tagger never asks for them). Same jar, same bytes: sorted output, gzip without a time stamp.
 * Run by generate.sh.
 */
public final class GenerateWordClusters {

    private static final String ENTRY = "edu/emory/mathcs/nlp/lexica/en-brown-clusters-simplified-lowercase.xz";

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java -cp xz.jar GenerateWordClusters.java NLP4J_ENGLISH_JAR OUT.tsv.gz");
            System.exit(2);
        }
        Map<String, Set<String>> clusters = read(Path.of(args[0]));
        TreeMap<String, String> paths = new TreeMap<>();
        clusters.forEach((word, prefixes) -> {
            if (isWord(word)) {
                String longest = "";
                for (String p : prefixes) {
                    if (p.length() > longest.length()) {
                        longest = p;
                    }
                }
                paths.put(word, longest);
            }
        });
        try (OutputStream file = Files.newOutputStream(Path.of(args[1]));
                Writer out = new OutputStreamWriter(new GZIPOutputStream(file, 1 << 16), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : paths.entrySet()) {
                out.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        System.out.println(paths.size() + " of " + clusters.size() + " words written to " + args[1]);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> read(Path jar) throws Exception {
        try (ZipFile zip = new ZipFile(jar.toFile());
                InputStream raw = zip.getInputStream(zip.getEntry(ENTRY));
                ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(new XZInputStream(raw), 1 << 16))) {
            // only the JDK's collections and strings may be deserialised from the package's file
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter(
                    "java.util.HashMap;java.util.HashSet;java.lang.String;java.util.Map$Entry;maxarray=10000000;!*"));
            return (Map<String, Set<String>>) in.readObject();
        }
    }

    private static boolean isWord(String w) {
        if (w.isEmpty() || w.length() > 40 || !Character.isLetterOrDigit(w.charAt(0))) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '.' && c != '\'' && c != '&' && c != '-') {
                return false;
            }
        }
        return true;
    }
}

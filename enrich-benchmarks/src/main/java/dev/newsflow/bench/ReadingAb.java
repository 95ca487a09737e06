package dev.newsflow.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@link ReadingCpuTime} for two builds at once: each benchmarks jar in its own class loader, their rounds taken in
 * turn in one thread ({@link PairedRounds}), so both see the same load on a shared machine (runs minutes apart did not: a before/after pair
 * swapped order between two runs at a load of 40-60). Prints pages per CPU-second for each, median of 20 rounds.
 * With {@code crlf}, the same pages with Windows line ends (CR LF), as pages saved on Windows have them; with
 * {@code cyrillic}, the same pages with the Latin letters of their text (not of their markup) made Cyrillic ones, as
 * a stand-in for pages in a script that is not Latin.
 *
 * <pre>java -cp benchmarks.jar dev.newsflow.bench.ReadingAb before.jar after.jar [crlf|cyrillic]</pre>
 */
public final class ReadingAb {

    private static final int ROUNDS = 20;
    private static final int READS_PER_ROUND = 320;

    private ReadingAb() {
    }

    public static void main(String[] args) throws Exception {
        String variant = args.length > 2 ? args[2] : "";
        List<byte[]> pages = SyntheticPages.readingSet(51_200).stream()
                .map(page -> switch (variant) {
                    case "crlf" -> new String(page, StandardCharsets.UTF_8).replace("\n", "\r\n")
                            .getBytes(StandardCharsets.UTF_8);
                    case "cyrillic" -> cyrillic(new String(page, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                    case "" -> page;
                    default -> throw new IllegalArgumentException("no such variant: " + variant + " (crlf, cyrillic)");
                })
                .toList();
        Reader[] readers = {new Reader(Path.of(args[0])), new Reader(Path.of(args[1]))};
        PairedRounds.Result result = PairedRounds.run(ROUNDS / 2, ROUNDS, build -> {
            for (int i = 0; i < READS_PER_ROUND; i++) {
                readers[build].read(pages.get(i % pages.size()));
            }
            return READS_PER_ROUND;
        });
        for (int r = 0; r < 2; r++) {
            System.out.printf("%s: pages per CPU-second median %.0f, range %.0f-%.0f%n", args[r],
                    result.medianRate(r), result.slowestRate(r), result.fastestRate(r));
        }
    }

    /**
     * The page's text between its tags with a to z made the Cyrillic letters at the same places; not the markup, the
     * scripts and styles (the JSON-LD's keys) or the entities' names.
     */
    private static String cyrillic(String page) {
        StringBuilder out = new StringBuilder(page.length());
        boolean inTag = false;
        boolean inEntity = false;
        String closing = null; // the end tag of the script or style the text is in
        for (int i = 0; i < page.length(); i++) {
            char c = page.charAt(i);
            if (closing != null) {
                if (page.startsWith(closing, i)) {
                    closing = null;
                    inTag = true;
                }
            } else if (c == '<') {
                inTag = true;
                closing = page.startsWith("<script", i) ? "</script" : page.startsWith("<style", i) ? "</style" : null;
            } else if (inTag) {
                inTag = c != '>';
            } else {
                inEntity = c == '&' || inEntity && (c == '#' || Character.isLetterOrDigit(c));
                c = !inEntity && c >= 'a' && c <= 'z' ? (char) ('\u0430' + (c - 'a')) : c;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** ArticleFormats of one jar, called by reflection since both jars hold classes of the same names. */
    private static final class Reader {
        private final Object formats;
        private final Method read;

        Reader(Path jar) throws Exception {
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> formatsClass = loader.loadClass("dev.newsflow.formats.ArticleFormats");
            Class<?> limits = loader.loadClass("dev.newsflow.formats.FormatLimits");
            formats = formatsClass.getConstructor(limits).newInstance(limits.getField("DEFAULTS").get(null));
            read = formatsClass.getMethod("read", String.class, byte[].class);
        }

        void read(byte[] page) throws Exception {
            read.invoke(formats, "page.html", page);
        }
    }
}

package dev.newsflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads the saved pages of the npm package {@code @postlight/mercury-parser} 1.1.1 (MIT): {@code fixtures/<site>/*.html},
 * with the expected title, author, {@code date_published} (an ISO instant) and first words of the content read from the
 * per-site tests {@code src/extractors/custom/<site>/index.test.js}. A test file may read several fixtures: each
 * {@code assert.equal(field, '...')} belongs to the fixture read last before it; the first assertion of a field wins.
 * <p>
 * The fixtures are not the pages as served but mercury's parse of them: scripts (so JSON-LD), styles, forms and comments
 * are gone, and every {@code <meta>}'s {@code content} was renamed {@code value} (and {@code property} {@code name}).
 * The loader renames {@code value} back, since no page in the wild carries a meta's text there; what was removed stays
 * lost, so a date or author that only JSON-LD gave cannot be found here.
 */
final class MercuryPages {

    private static final Pattern FIXTURE = Pattern.compile("readFileSync\\(\\s*'(\\./fixtures/[^']+)'");
    private static final Pattern ASSERT = Pattern.compile(
            "assert\\.equal\\(\\s*(title|author|date_published|first13)\\s*,\\s*('(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\")\\s*\\)");
    private static final Pattern META_VALUE = Pattern.compile("(<meta\\b[^>]*?\\s)value=", Pattern.CASE_INSENSITIVE);
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?:u([0-9a-fA-F]{4})|(.))");

    private MercuryPages() {
    }

    /** Whether {@code root} is an unpacked mercury-parser package. */
    static boolean isLayout(Path root) {
        return Files.isDirectory(root.resolve("src/extractors/custom")) && Files.isDirectory(root.resolve("fixtures"));
    }

    static List<SuitePage> load(Path root) throws IOException {
        List<Path> tests;
        try (Stream<Path> files = Files.walk(root.resolve("src/extractors/custom"))) {
            tests = files.filter(p -> p.getFileName().toString().equals("index.test.js")).sorted().toList();
        }
        List<SuitePage> pages = new ArrayList<>();
        for (Path test : tests) {
            parse(Files.readString(test)).forEach((fixture, fields) -> {
                Path source = root.resolve(fixture).normalize();
                if (Files.exists(source) && !fields.isEmpty()) {
                    pages.add(new SuitePage(root.relativize(source).toString(), restoreMeta(read(source)),
                            fields.get("title"), fields.get("author"), null, fields.get("date_published"), null, null,
                            fields.get("first13")));
                }
            });
        }
        return pages;
    }

    /** Renames a meta's {@code value} back to {@code content}; bytes are kept as they are (ISO-8859-1 maps each to one char). */
    static byte[] restoreMeta(byte[] page) {
        String text = new String(page, StandardCharsets.ISO_8859_1);
        return META_VALUE.matcher(text).replaceAll("$1content=").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fixture path to its asserted fields, in the order the test reads them. */
    static Map<String, Map<String, String>> parse(String test) {
        Map<String, Map<String, String>> byFixture = new LinkedHashMap<>();
        Matcher fixture = FIXTURE.matcher(test);
        List<Integer> reads = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (fixture.find()) {
            reads.add(fixture.start());
            names.add(fixture.group(1));
            byFixture.putIfAbsent(fixture.group(1), new LinkedHashMap<>());
        }
        Matcher field = ASSERT.matcher(test);
        while (field.find()) {
            String owner = null;
            for (int i = 0; i < reads.size() && reads.get(i) < field.start(); i++) {
                owner = names.get(i);
            }
            if (owner != null) {
                String literal = field.group(2);
                String value = unescape(literal.substring(1, literal.length() - 1));
                byFixture.get(owner).putIfAbsent(field.group(1), value);
            }
        }
        return byFixture;
    }

    /** A JavaScript string literal's text: {@code \\u2019} and {@code \\n} as the characters they stand for. */
    static String unescape(String literal) {
        return ESCAPE.matcher(literal).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null
                ? String.valueOf((char) Integer.parseInt(m.group(1), 16))
                : switch (m.group(2)) {
                    case "n" -> "\n";
                    case "t" -> "\t";
                    case "r" -> "\r";
                    default -> m.group(2);
                }));
    }
}

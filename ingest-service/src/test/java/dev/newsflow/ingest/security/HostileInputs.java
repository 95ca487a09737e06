package dev.newsflow.ingest.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Hostile article files, reproducible from a seed and a number: small self-written documents of every format, then
 * mutated the ways uploads and dropped files break or attack (cut, bit-flipped, spliced, huge lines, deep nesting,
 * entity bombs and external entities, other encodings, gzip bombs, odd and path-like names). Input {@code n} of seed
 * {@code s} is always the same, so a failure can be replayed alone.
 */
final class HostileInputs {

    /** A name and bytes, as a file drop or an upload would give them. */
    record Input(String name, byte[] content) {
        @Override
        public String toString() {
            return "name=\"" + name.replace("\n", "\\n") + "\" bytes=" + content.length;
        }
    }

    private static final List<Input> SEEDS = List.of(
            text("bridge.txt", "Bridge reopens after repairs - Valley Courier\n\nThe old stone bridge carries traffic"
                    + " again.\n\nEngineers replaced two arches over the winter.\n"),
            text("festival.md", "---\ntitle: Lantern festival returns\nsource: Harbour Herald\nauthor: Ines Moor\n---\n"
                    + "# Lantern festival returns\n\nHundreds of *paper lanterns* lit the quay on [Friday](https://example.org).\n"),
            text("tram.json", "{\"title\": \"Tram line extended\", \"body\": \"The new stop opened before the match.\","
                    + " \"source\": \"City Post\", \"url\": \"https://example.org/tram\", \"published_at\": \"2026-03-01T10:00:00Z\"}"),
            text("many.json", "[{\"headline\": \"Library opens late\", \"text\": \"The reading room stays open.\"},"
                    + " {\"title\": \"Pool closes\", \"content\": \"Repairs take two weeks.\", \"author\": [\"A. Lee\"]}]"),
            text("coast.jsonl", "{\"title\": \"Seal pups counted\", \"body\": \"Volunteers counted ninety pups.\"}\n"
                    + "{\"title\": \"Lighthouse keeper retires\", \"body\": \"After thirty years the keeper left.\"}\n"),
            text("market.html", "<!DOCTYPE html><html lang=\"en\"><head><title>Market hall roof - Town Bulletin</title>"
                    + "<meta property=\"og:site_name\" content=\"Town Bulletin\"><meta name=\"author\" content=\"Jo Park\">"
                    + "</head><body><nav>Home | News</nav><article><h1>Market hall gets a new roof</h1><p>Roofers finished"
                    + " the work on Friday.</p><p>Stalls reopen next week.</p></article><script>var x=1;</script></body></html>"),
            text("feed.rss", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Valley Courier"
                    + "</title><link>https://example.org</link><item><title>Dam levels rise</title><link>https://example.org/dam"
                    + "</link><description>&lt;p&gt;Heavy rain filled the reservoir.&lt;/p&gt;</description><pubDate>Mon, 02 Mar"
                    + " 2026 09:00:00 GMT</pubDate></item><item><title>Choir tour ends</title><description>The choir sang its"
                    + " last concert.</description></item></channel></rss>"),
            text("feed.atom", "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>"
                    + "City Post</title><id>urn:x</id><updated>2026-03-02T09:00:00Z</updated><entry><title>Parade route"
                    + " announced</title><id>urn:y</id><updated>2026-03-02T09:00:00Z</updated><content type=\"html\">&lt;p&gt;"
                    + "The parade passes the old bridge.&lt;/p&gt;</content></entry></feed>"));

    // shapes that once overflowed the stack or backtracked for minutes (each under the fuzz tests' 64 KB file limit):
    // a YAML alias for a list that holds itself, markup nested thousands deep in a feed item, Markdown emphasis nested
    // ten thousand deep, a "Source:" line of spaces before a line separator, a date of spaces closed by a parenthesis
    private static final List<Input> TRAPS = List.of(
            text("loop.md", "---\ntitle: &a [[*a]]\nsource: &b {x: *b}\n---\nThe quay opens in June."),
            text("deep.rss", "<rss version=\"2.0\"><channel><title>Deep</title><item><title>Story</title><description>"
                    + "<b>".repeat(4_000) + "deep" + "</b>".repeat(4_000) + "</description></item></channel></rss>"),
            text("emphasis.md", "# Deep\n\n" + "*".repeat(20_000) + "deep" + "*".repeat(20_000)),
            text("source.txt", "Storm warning\nSource:" + " ".repeat(60_000) + "x\u2028y\n\nThe coast expects gales."),
            text("dated.json", "{\"title\": \"Tide tables\", \"body\": \"High water at noon.\", \"published\": \"x"
                    + " ".repeat(30_000) + "y)\"}"));
    private static final List<String> EXTENSIONS = List.of("txt", "md", "json", "jsonl", "ndjson", "html", "htm", "xml",
            "rss", "atom", "txt.gz", "json.gz", "rss.gz", "docx", "gz.gz", "", "TXT", "Json");
    private static final List<String> ODD_NAMES = List.of("../../../etc/passwd.txt", "..\\..\\windows\\win.ini.txt",
            "/etc/shadow.json", "a/b/c.md", "file:///etc/hosts.html", "name\nfile=forged.txt", "nul\u0000.txt",
            "\u202etxt.exe.json", "CON.txt", "-rf .txt", " spaced .md", "\u00e9t\u00e9 \u2013 r\u00e9sum\u00e9.jsonl",
            "%2e%2e%2fescape.txt", "x".repeat(300) + ".txt", "\ud800lone.txt");

    private final long seed;
    private final byte[] bomb;

    /** @param bombSize what the zip bomb inflates to: a few times the decompression limit under test */
    HostileInputs(long seed, int bombSize) {
        this.seed = seed;
        this.bomb = gzip(new byte[bombSize]);
    }

    long seed() {
        return seed;
    }

    /** Input {@code n} of this seed; {@code maxBytes} bounds the huge-line and repeat mutations. */
    Input input(int n, int maxBytes) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
        Input base = SEEDS.get(random.nextInt(SEEDS.size()));
        byte[] bytes = base.content();
        String name = base.name();
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            switch (random.nextInt(17)) {
                case 0 -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
                case 1 -> bytes = flipBits(bytes, random);
                case 2 -> bytes = splice(bytes, random.nextInt(bytes.length + 1), randomBytes(random, 1 + random.nextInt(64)));
                case 3 -> bytes = hugeLine(bytes, random, maxBytes);
                case 4 -> bytes = deepNesting(random, maxBytes);
                case 5 -> bytes = entityAttack(random);
                case 6 -> bytes = reencode(bytes, random);
                case 7 -> {
                    bytes = random.nextBoolean() ? bomb : gzip(bytes);
                    name = name + ".gz";
                }
                case 8 -> bytes = randomBytes(random, random.nextInt(4096));
                case 9 -> name = stem(name) + "." + EXTENSIONS.get(random.nextInt(EXTENSIONS.size()));
                case 10 -> name = ODD_NAMES.get(random.nextInt(ODD_NAMES.size()));
                case 11 -> bytes = splice(bytes, random.nextInt(bytes.length + 1), controlChars(random));
                case 12 -> bytes = repeat(bytes, random, maxBytes);
                case 13 -> bytes = new byte[0];
                case 14 -> bytes = invalidUtf8(bytes, random);
                case 15 -> {
                    Input trap = TRAPS.get(random.nextInt(TRAPS.size()));
                    bytes = trap.content();
                    name = trap.name();
                }
                default -> bytes = gzipTruncatedOrLying(bytes, random);
            }
        }
        return new Input(name, bytes);
    }

    private static Input text(String name, String content) {
        return new Input(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static String stem(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static byte[] flipBits(byte[] bytes, SplittableRandom random) {
        byte[] out = bytes.clone();
        for (int i = 0, flips = 1 + random.nextInt(8); i < flips && out.length > 0; i++) {
            out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    private static byte[] splice(byte[] bytes, int at, byte[] insert) {
        byte[] out = new byte[bytes.length + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
        return out;
    }

    private static byte[] randomBytes(SplittableRandom random, int length) {
        byte[] out = new byte[length];
        random.nextBytes(out);
        return out;
    }

    /** One line without a break, up to twice the limit: past the article limit, sometimes past the file limit. */
    private static byte[] hugeLine(byte[] bytes, SplittableRandom random, int maxBytes) {
        byte[] line = new byte[1 + random.nextInt(2 * maxBytes)];
        Arrays.fill(line, (byte) "aZ 9<{\"".charAt(random.nextInt(7)));
        return splice(bytes, random.nextInt(bytes.length + 1), line);
    }

    private static byte[] deepNesting(SplittableRandom random, int maxBytes) {
        int depth = 1 + random.nextInt(Math.max(1, maxBytes / 8));
        String open = List.of("[", "{\"a\":", "<div>", "<item>", "> ", "- ", "*").get(random.nextInt(7));
        String close = switch (open) {
            case "[" -> "]";
            case "{\"a\":" -> "}";
            case "<div>" -> "</div>";
            case "<item>" -> "</item>";
            case "*" -> "*";
            default -> "";
        };
        String prefix = open.startsWith("<item") ? "<rss version=\"2.0\"><channel>" : "";
        return (prefix + open.repeat(depth) + "x" + (random.nextBoolean() ? close.repeat(depth) : ""))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Billion laughs, external entities (file and http), parameter entities, in RSS, Atom and HTML clothing. */
    private static byte[] entityAttack(SplittableRandom random) {
        String laughs = "<!DOCTYPE rss [<!ENTITY l0 \"lol\">" + java.util.stream.IntStream.range(1, 10)
                .mapToObj(i -> "<!ENTITY l" + i + " \"" + ("&l" + (i - 1) + ";").repeat(10) + "\">")
                .reduce("", String::concat) + "]>";
        String doctype = List.of(laughs,
                "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
                "<!DOCTYPE feed [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %p;]>",
                "<!DOCTYPE rss SYSTEM \"http://127.0.0.1:9/rss.dtd\">").get(random.nextInt(4));
        String entity = random.nextBoolean() ? "&l9;" : "&xxe;";
        String document = List.of(
                "<?xml version=\"1.0\"?>" + doctype + "<rss version=\"2.0\"><channel><title>" + entity + "</title><item>"
                        + "<title>" + entity + "</title><description>" + entity + "</description></item></channel></rss>",
                "<?xml version=\"1.0\"?>" + doctype + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry>"
                        + "<title>" + entity + "</title><content>" + entity + "</content></entry></feed>",
                doctype + "<html><body><h1>" + entity + "</h1><p>" + entity + "</p></body></html>")
                .get(random.nextInt(3));
        return document.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] reencode(byte[] bytes, SplittableRandom random) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Charset charset = List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16,
                StandardCharsets.ISO_8859_1, Charset.forName("UTF-32"), Charset.forName("windows-1252"),
                Charset.forName("Shift_JIS")).get(random.nextInt(7));
        byte[] encoded = text.getBytes(charset);
        byte[][] boms = {{}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF},
                {0, 0, (byte) 0xFE, (byte) 0xFF}};
        return splice(encoded, 0, boms[random.nextInt(boms.length)]);
    }

    private static byte[] controlChars(SplittableRandom random) {
        String odd = "\u0000\u0001\u001b[31m\r\u0085\u2028\u2029\u202e\ufeff\ufffd\u200b\u0301";
        StringBuilder out = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(32); i < n; i++) {
            out.append(odd.charAt(random.nextInt(odd.length())));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] repeat(byte[] bytes, SplittableRandom random, int maxBytes) {
        int times = 1 + random.nextInt(Math.max(1, 2 * maxBytes / Math.max(1, bytes.length)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < times; i++) {
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    /** Overlong forms, lone surrogates encoded as CESU, stray continuation and 0xFF bytes. */
    private static byte[] invalidUtf8(byte[] bytes, SplittableRandom random) {
        byte[][] bad = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0x80},
                {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
        byte[] out = bytes;
        for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
            out = splice(out, random.nextInt(out.length + 1), bad[random.nextInt(bad.length)]);
        }
        return out;
    }

    /** A gzip cut short, or whose trailer claims a size near 4 GB (the reader sizes its buffer from it). */
    private static byte[] gzipTruncatedOrLying(byte[] bytes, SplittableRandom random) {
        byte[] gz = gzip(bytes);
        if (random.nextBoolean()) {
            return Arrays.copyOf(gz, random.nextInt(gz.length));
        }
        gz[gz.length - 1] = (byte) 0xFF;
        gz[gz.length - 2] = (byte) 0xFF;
        return gz;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

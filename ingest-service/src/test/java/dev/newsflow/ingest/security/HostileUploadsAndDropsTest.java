package dev.newsflow.ingest.security;

import dev.newsflow.ingest.Inbox;
import dev.newsflow.ingest.RawTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The upload endpoint and the inbox against the same seeded hostile inputs as {@link ReaderFuzzTest}, in the running
 * service: each upload is answered 200 with ids or a problem+json error, each dropped file (and each symbolic link,
 * odd or non-UTF-8 name) ends in processed/ or failed/, and nothing outside the state folders is written, moved or
 * published. {@code -Dnewsflow.fuzz.seed=N} replays.
 */
@SpringBootTest(properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "newsflow.ingest.poll-interval=50ms",
        "newsflow.ingest.min-age=0s",
        "newsflow.ingest.max-file-size=64KB",
        "newsflow.ingest.max-article-size=16KB",
        "newsflow.ingest.max-decompressed-size=256KB",
        TestApiKey.PROPERTY})
@EmbeddedKafka(partitions = 1)
@AutoConfigureMockMvc
@DirtiesContext
class HostileUploadsAndDropsTest {

    static final long SEED = ReaderFuzzTest.SEED;
    static final int UPLOADS = Integer.getInteger("newsflow.fuzz.uploads", 200);
    static final int DROPS = Integer.getInteger("newsflow.fuzz.drops", 120);
    static final int MAX_BYTES = 64 << 10;
    static final Path SANDBOX = tempDir();
    static final Inbox FOLDERS = new Inbox(SANDBOX.resolve("home"));
    static final Path OUTSIDE = SANDBOX.resolve("outside");
    static final String SECRET = "SECRET-MARKER-7c1e never to be published";

    @Autowired
    MockMvc mvc;
    @Autowired
    Environment environment;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("newsflow.home", () -> FOLDERS.home().toString());
    }

    @AfterAll
    static void cleanUp() {
        try {
            FileSystemUtils.deleteRecursively(SANDBOX);
        } catch (IOException e) {
            // best effort: the service is still running and may be moving a file right now
        }
    }

    @Test
    void everyHostileUploadIsAnsweredWithIdsOrAProblemAndTouchesNoFile() throws Exception {
        Map<String, String> outsideBefore = snapshot(OUTSIDE);
        Set<String> pathsBefore = snapshot(SANDBOX).keySet();
        HostileInputs inputs = new HostileInputs(SEED + 1, 4 * 256 << 10);
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        long start = System.nanoTime();
        for (int n = 0; n < UPLOADS; n++) {
            HostileInputs.Input input = inputs.input(n, MAX_BYTES);
            boolean asMultipart = n % 3 == 0;
            MockHttpServletResponse response = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> upload(input,
                    asMultipart), "upload #" + n + " of seed " + (SEED + 1) + " (" + input + ") did not finish");
            int status = response.getStatus();
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            if (status == 200 && body.contains("\"ids\":[\"")) {
                accepted++;
            } else if (!Set.of(400, 413, 415).contains(status) || !String.valueOf(response.getContentType())
                    .startsWith("application/problem+json") || !body.contains("\"reason\":\"")) {
                failures.add("upload #" + n + " (" + input + ", multipart " + asMultipart + "): " + status + " " + body);
            }
        }
        System.out.printf("upload fuzz: seed %d, %d inputs tried, %d accepted, the rest refused with a problem, in %d ms%n",
                SEED + 1, UPLOADS, accepted, (System.nanoTime() - start) / 1_000_000);
        assertThat(failures).as("uploads answered neither with ids nor with a problem").isEmpty();
        assertThat(accepted).isPositive();
        assertThat(snapshot(OUTSIDE)).isEqualTo(outsideBefore);
        assertThat(snapshot(SANDBOX).keySet()).as("files written anywhere").isEqualTo(pathsBefore);
    }

    @Test
    void everyHostileDropLinkAndNameEndsInProcessedOrFailedAndNothingOutsideIsReadOrWritten() throws Exception {
        Path secret = Files.writeString(Files.createDirectories(OUTSIDE).resolve("secret.txt"), "Secret\n\n" + SECRET);
        Path secretFolder = Files.createDirectories(OUTSIDE.resolve("folder.txt"));
        Files.writeString(secretFolder.resolve("inner.txt"), "Inner\n\n" + SECRET);
        Map<String, String> outsideBefore = snapshot(OUTSIDE);
        List<String> dropped = new ArrayList<>();
        Path staging = Files.createDirectories(SANDBOX.resolve("staging"));
        HostileInputs inputs = new HostileInputs(SEED + 2, 4 * 256 << 10);
        for (int n = 0; n < DROPS; n++) {
            HostileInputs.Input input = inputs.input(n, MAX_BYTES);
            String name = diskName(n, input.name());
            Path file = Path.of(URI.create(staging.toUri() + name));
            Files.write(file, input.content());
            Files.move(file, FOLDERS.inbox().resolve(file.getFileName()));
            dropped.add(file.getFileName().toString());
        }
        Path inbox = FOLDERS.inbox();
        Files.createSymbolicLink(inbox.resolve("link-to-secret.txt"), secret);
        Files.createSymbolicLink(inbox.resolve("relative-link.txt"), Path.of("../../outside/secret.txt"));
        Files.createSymbolicLink(inbox.resolve("link-to-folder.txt"), secretFolder);
        Files.createSymbolicLink(inbox.resolve("link-to-passwd.txt"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(inbox.resolve("dangling.json"), OUTSIDE.resolve("absent.json"));
        Files.createSymbolicLink(inbox.resolve("loop.md"), inbox.resolve("loop.md"));
        Files.createLink(inbox.resolve("hard-link-to-secret.txt"), secret);
        dropped.addAll(List.of("link-to-secret.txt", "relative-link.txt", "link-to-folder.txt", "link-to-passwd.txt",
                "dangling.json", "loop.md", "hard-link-to-secret.txt"));

        long start = System.nanoTime();
        // every processed/<date>/ folder: a run across midnight UTC spreads the files over two
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(ended()).containsExactlyInAnyOrderElementsOf(dropped));
        System.out.printf("inbox fuzz: seed %d, %d files, links and odd names dropped, every one in processed/ or"
                + " failed/ after %d ms%n", SEED + 2, dropped.size(), (System.nanoTime() - start) / 1_000_000);
        assertThat(Inbox.names(inbox)).isEmpty();
        for (String link : List.of("link-to-secret.txt", "relative-link.txt", "link-to-folder.txt",
                "link-to-passwd.txt", "dangling.json", "loop.md")) {
            assertThat(Files.readString(FOLDERS.failed().resolve(link + ".error.json")))
                    .contains("\"reason\" : \"not-regular-file\"");
            assertThat(Files.isSymbolicLink(FOLDERS.failed().resolve(link))).isTrue();
        }
        assertThat(Files.readString(FOLDERS.failed().resolve("hard-link-to-secret.txt.error.json")))
                .contains("\"reason\" : \"not-regular-file\"", "hard links");
        assertThat(snapshot(OUTSIDE)).isEqualTo(outsideBefore);
        try (RawTopic topic = new RawTopic(environment.getProperty("spring.embedded.kafka.brokers"))) {
            await().until(() -> !topic.records().isEmpty());
            assertThat(topic.records()).noneMatch(r -> new String(r.value(), StandardCharsets.UTF_8).contains("SECRET-MARKER"));
        }
    }

    /** What reached processed/ or failed/, without reports and a report being written. */
    private static List<String> ended() {
        List<String> ended = new ArrayList<>(FOLDERS.processedNames());
        ended.addAll(Inbox.names(FOLDERS.failed()));
        ended.removeIf(name -> name.endsWith(".error.json") || name.endsWith(".tmp"));
        return ended;
    }

    private MockHttpServletResponse upload(HostileInputs.Input input, boolean asMultipart) throws Exception {
        var request = asMultipart
                ? multipart("/api/articles").file(new MockMultipartFile("file", input.name(), "application/octet-stream",
                input.content()))
                : post("/api/articles").param("filename", input.name()).contentType("application/octet-stream")
                .content(input.content());
        return mvc.perform(request.header(TestApiKey.HEADER, TestApiKey.KEY)).andReturn().getResponse();
    }

    /**
     * A name a file system takes, as a percent-encoded URI segment so raw bytes survive: the generated name with '/'
     * as a look-alike and NUL left out, every fifth with bytes that are not UTF-8. Unique by its prefix, and never hidden or temporary
     * (those the inbox leaves alone by design).
     */
    private static String diskName(int n, String name) {
        StringBuilder out = new StringBuilder("f" + n + "-" + (n % 5 == 0 ? "latin%E9%FF" : ""));
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == 0) {
                continue; // the one byte no file name can hold
            }
            boolean plain = c > 0x20 && c < 0x7f && "/%?#\\".indexOf(c) < 0;
            // '/' as its look-alike FRACTION SLASH: a name, never a separator
            String token = c == '/' ? "%E2%81%84" : plain ? String.valueOf((char) c) : "%%%02X".formatted(c);
            if (out.length() + token.length() > 180) {
                break;
            }
            out.append(token);
        }
        return out.toString();
    }

    /** Every path under a folder with its size, modification and access times: what a read, write or move changes. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        if (!Files.exists(folder)) {
            return entries;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.toList()) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                entries.put(folder.relativize(path).toString(), attributes.size() + "@"
                        + attributes.lastModifiedTime() + "/" + attributes.lastAccessTime());
            }
        }
        return entries;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("newsflow-hostile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

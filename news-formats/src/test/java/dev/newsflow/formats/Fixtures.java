package dev.newsflow.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Self-written test articles under {@code src/test/resources/fixtures}. */
public final class Fixtures {

    public static final ArticleFormats FORMATS = new ArticleFormats(FormatLimits.DEFAULTS);

    /** A paragraph of article prose, long enough to be read as the article. */
    public static final String PROSE = "<p>The harbour authority said on Monday that the new quay would open in June, "
            + "two months later than planned, because of a shortage of steel.</p>";

    private Fixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FormatResult read(String name) {
        return FORMATS.read(name, bytes(name));
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }


    /** The article of a page with this head and body; a page that yields a problem fails the test. */
    public static ParsedArticle read(String head, String body) {
        String page = "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
        FormatResult result = FORMATS.read("page.html", page.getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).isEmpty();
        return result.articles().getFirst();
    }
}

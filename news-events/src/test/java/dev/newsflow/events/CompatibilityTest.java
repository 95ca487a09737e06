package dev.newsflow.events;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The v1 compatibility rules, as tests: records an earlier release wrote stay valid and readable, and records from a
 * later release (with fields this one does not know, at any depth) are read without complaint.
 */
class CompatibilityTest {

    private final EventJson json = new EventJson();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void recordsFromTheFirstReleaseStillValidateAndRead(EventType type) {
        String record = fixture("/compat/0.1.0/" + fixtureName(type));

        assertThat(schema(type).validate(record, InputFormat.JSON)).isEmpty();
        Object read = json.read(record, recordClass(type));
        assertThat(schema(type).validate(json.writeString(read), InputFormat.JSON)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void fieldsAddedByALaterReleaseAreIgnoredAtAnyDepth(EventType type) {
        String record = fixture("/compat/0.1.0/" + fixtureName(type));
        String later = record
                .replaceFirst("\\{", "{\"addedLater\":[1,2],")
                .replace("\"origin\":{", "\"origin\":{\"mimeType\":\"text/plain\",")
                .replace("\"sentiment\":{\"label\"", "\"sentiment\":{\"confidence\":0.9,\"label\"");

        assertThat(later).isNotEqualTo(record);
        assertThat(json.read(later, recordClass(type))).isEqualTo(json.read(record, recordClass(type)));
    }

    private static Class<?> recordClass(EventType type) {
        return switch (type) {
            case ARTICLE_INGESTED -> ArticleIngested.class;
            case ARTICLE_ENRICHED -> ArticleEnriched.class;
        };
    }

    private static String fixtureName(EventType type) {
        return switch (type) {
            case ARTICLE_INGESTED -> "article-ingested.json";
            case ARTICLE_ENRICHED -> "article-enriched.json";
        };
    }

    private static Schema schema(EventType type) {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fixture(String resource) {
        try (InputStream in = CompatibilityTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

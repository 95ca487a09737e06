package dev.newsflow.events.validation;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class InlinedRefsTest {

    private static final String DEFS = """
            "$defs": {
              "text": { "type": "string", "pattern": "\\\\S" },
              "tree": { "type": "object", "properties": { "child": { "$ref": "#/$defs/tree" } } },
              "named": { "$anchor": "named", "type": "string" }
            }""";

    @Test
    void aReferenceWithOnlyAnnotationsBesideItBecomesTheDefinitionItNames() {
        JsonNode inlined = inline("""
                { "properties": { "title": { "$ref": "#/$defs/text", "description": "the headline" } }, %s }"""
                .formatted(DEFS));

        assertThat(inlined.at("/properties/title")).isEqualTo(tree("""
                { "type": "string", "pattern": "\\\\S", "description": "the headline" }"""));
    }

    @Test
    void aReferenceThatCannotBeCopiedWithTheSameMeaningIsKept() {
        String schema = """
                { "properties": {
                    "limited": { "$ref": "#/$defs/text", "maxLength": 3 },
                    "nested": { "$ref": "#/$defs/tree" },
                    "anchored": { "$ref": "#/$defs/named" },
                    "deep": { "$ref": "#/$defs/tree/properties/child" },
                    "data": { "const": { "$ref": "#/$defs/text" } }
                  }, %s }""".formatted(DEFS);

        JsonNode inlined = inline(schema);

        assertThat(inlined.at("/properties/limited")).isEqualTo(tree(schema).at("/properties/limited"));
        // a recursive definition is copied once, and refers to itself from there on
        assertThat(inlined.at("/properties/nested/properties/child")).isEqualTo(tree("""
                { "$ref": "#/$defs/tree" }"""));
        assertThat(inlined.at("/properties/anchored")).isEqualTo(tree(schema).at("/properties/anchored"));
        assertThat(inlined.at("/properties/deep")).isEqualTo(tree(schema).at("/properties/deep"));
        assertThat(inlined.at("/properties/data")).isEqualTo(tree(schema).at("/properties/data"));
    }

    private static JsonNode inline(String schema) {
        JsonNode original = tree(schema);
        JsonNode inlined = InlinedRefs.of(original);
        assertThat(original).isEqualTo(tree(schema));
        return inlined;
    }

    private static JsonNode tree(String json) {
        return JsonMapper.shared().readTree(json);
    }
}

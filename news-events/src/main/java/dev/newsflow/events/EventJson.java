package dev.newsflow.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

/**
 * The one JSON codec of the contract: camelCase fields, ISO-8601 instants, unknown values omitted (never empty
 * strings), unknown fields ignored so consumers survive additive schema evolution. Thread-safe.
 */
public final class EventJson {

    private final JsonMapper mapper;

    public EventJson() {
        this.mapper = JsonMapper.builder()
                .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    public JsonMapper mapper() {
        return mapper;
    }

    public byte[] write(Object event) {
        return mapper.writeValueAsBytes(event);
    }

    public String writeString(Object event) {
        return mapper.writeValueAsString(event);
    }

    /** @throws tools.jackson.core.JacksonException when the bytes are not a valid event of that type */
    public <T> T read(byte[] json, Class<T> type) {
        return mapper.readValue(json, type);
    }

    public <T> T read(String json, Class<T> type) {
        return read(json.getBytes(StandardCharsets.UTF_8), type);
    }
}

package dev.newsflow.events;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Written in lower case on the wire: {@code positive}, {@code neutral}, {@code negative}. */
public enum SentimentLabel {
    POSITIVE, NEUTRAL, NEGATIVE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SentimentLabel fromWireName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}

package dev.newsflow.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;
import java.util.List;

/**
 * Who may write ({@code newsflow.security.*}; each also an environment variable, e.g. {@code NEWSFLOW_SECURITY_KEYS}).
 *
 * @param keys      API keys accepted in {@link #header()}, comma-separated in the environment; several at once so a key
 *                  can be rotated without downtime
 * @param keysFile  a file of further keys, one per line ({@code #} comments and blank lines ignored); {@code ./newsflow}
 *                  writes one to {@code $NEWSFLOW_HOME/api-key}
 * @param header    the request header carrying the key
 * @param readsOpen whether {@code GET}/{@code HEAD} requests need no key (the default, for a local run); {@code false}
 *                  requires the key for every request but health, info and prometheus
 */
@Validated
@ConfigurationProperties("newsflow.security")
public record SecuritySettings(@DefaultValue List<String> keys, Path keysFile,
                               @DefaultValue("X-Api-Key") @NotBlank String header,
                               @DefaultValue("true") boolean readsOpen) {

    public SecuritySettings {
        keys = keys == null ? List.of() : List.copyOf(keys);
    }

    /** Never the keys themselves: settings end up in logs and failure messages. */
    @Override
    public String toString() {
        return "SecuritySettings[keys=" + keys.size() + " given, keysFile=" + keysFile + ", header=" + header
                + ", readsOpen=" + readsOpen + "]";
    }
}

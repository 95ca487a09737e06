package dev.newsflow.ingest.process;

import java.io.IOException;

/** An input's bytes, read only when ingestion starts, so a refusal while reading has the same outcome accounting. */
@FunctionalInterface
public interface Content {

    /**
     * @throws dev.newsflow.ingest.InputRefusedException  when the input is refused before it is read (not a regular
     *                                                     file, too large)
     * @throws dev.newsflow.formats.FormatException       likewise, with a format reason
     */
    byte[] read() throws IOException;
}

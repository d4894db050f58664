package dev.ipwire.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the golden event samples and schemas shipped in the contracts jar. */
public final class GoldenSamples {

    public static final String ARTICLE_RECEIVED = "article-received.json";
    public static final String ARTICLE_ENRICHED = "article-enriched.json";

    private GoldenSamples() {}

    /** The text of a resource under {@code ipwire/contracts/v1/}. */
    public static String read(String name) {
        String path = "/ipwire/contracts/v1/" + name;
        try (InputStream in = ArticleReceived.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden sample " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

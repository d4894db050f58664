package dev.ipwire.ingest.identity;

import dev.ipwire.ingest.parsing.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Stable article ids (DESIGN.md): {@code sha256(source name + external id)} when the client gives
 * an external id, else the hash of the normalized title and body, so re-sending the same article
 * always yields the same id.
 */
public final class ArticleIdentity {

    private ArticleIdentity() {}

    /** The id of an article. */
    public static String id(
            String sourceName, String externalId, String title, List<String> paragraphs) {
        if (externalId != null && !externalId.isBlank()) {
            return sha256Hex((sourceName == null ? "" : sourceName.strip()) + externalId.strip());
        }
        return sha256Hex(normalizedText(title, paragraphs));
    }

    /** Hash of the normalized title and body, prefixed with the algorithm. */
    public static String contentHash(String title, List<String> paragraphs) {
        return "sha256:" + sha256Hex(normalizedText(title, paragraphs));
    }

    private static String normalizedText(String title, List<String> paragraphs) {
        return TextNormalizer.comparable(title)
                + "\n"
                + TextNormalizer.comparable(String.join("\n", paragraphs));
    }

    static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

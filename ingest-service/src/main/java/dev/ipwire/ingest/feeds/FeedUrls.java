package dev.ipwire.ingest.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Checks feed addresses and derives the stable id of a feed from its address. */
final class FeedUrls {

    /** Longest feed address accepted. */
    static final int MAX_LENGTH = 2048;

    private FeedUrls() {}

    /**
     * The feed address in {@code text}: absolute, http or https, with a host.
     *
     * @throws FeedRequestException ({@link FeedRequestException.Reason#INVALID}) saying what is
     *     wrong
     */
    static URI validate(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("the feed \"url\" is missing: give the address of an RSS or Atom feed");
        }
        String value = text.strip();
        if (value.length() > MAX_LENGTH) {
            throw invalid("the feed \"url\" is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw invalid(
                    value,
                    "is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
        if (!uri.isAbsolute()) {
            throw invalid(
                    value,
                    "is not absolute: give the full address, e.g."
                            + " https://news.example.cn/rss.xml");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid(
                    value,
                    "uses the scheme \""
                            + uri.getScheme()
                            + "\": only http and https feeds are polled");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid(value, "has no host name");
        }
        // The fragment never reaches the server; without it, #top and #bottom are one feed.
        int hash = value.indexOf('#');
        return URI.create(hash < 0 ? value : value.substring(0, hash)).normalize();
    }

    /** The stable id of the feed at {@code url} (as returned by {@link #validate}). */
    static String id(URI url) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(url.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static FeedRequestException invalid(String url, String problem) {
        return invalid("the feed \"url\" \"" + url + "\" " + problem);
    }

    private static FeedRequestException invalid(String message) {
        return new FeedRequestException(FeedRequestException.Reason.INVALID, message);
    }
}

package dev.ipwire.ingest.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.ipwire.ingest.intake.Submission;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * An RSS 2.0 or Atom document read with ROME, and its entries as the submissions ingest accepts.
 *
 * <p>For each entry: the key is its guid (RSS) or id (Atom), else its link; the content is its
 * {@code content:encoded} (RSS) or {@code content} (Atom), else its description (RSS) or summary
 * (Atom), with the entry's title prepended as an {@code <h1>} so the document parser finds the
 * title; {@code publishedAt} is its published date, else its updated date; {@code url} its link.
 * Nothing is fetched: an entry that carries only a title and a link becomes a headline-only
 * article.
 *
 * @param title the feed's own title, or null
 * @param items the entries, in document order
 */
record FeedDocument(String title, List<Item> items) {

    /**
     * One entry of the feed.
     *
     * @param key what identifies the entry across polls: guid/id, else link, else a hash of its
     *     title and content
     * @param title the entry's title as plain text, or null
     * @param link the entry's link (resolved against the feed address), or null
     * @param html the article as an HTML document: the title as {@code <h1>}, then the content
     * @param publishedAt published (else updated) date, ISO-8601 with offset, or null
     */
    record Item(String key, String title, String link, String html, String publishedAt) {

        /** The submission of this item, from the feed at {@code feedUrl}, under {@code source}. */
        Submission submission(String source, URI feedUrl) {
            return new Submission(
                    html, "html", source, link, key, publishedAt, null, feedUrl.toString());
        }
    }

    /**
     * Reads a feed document.
     *
     * @param body the bytes as fetched; the encoding comes from the Content-Type, the XML prolog or
     *     the byte order mark (UTF-8, GBK and GB18030 feeds are read alike)
     * @param contentType the Content-Type of the answer, or null
     * @param feedUrl the feed's address, to resolve relative links
     * @param zone the zone in which dates are written
     * @throws FeedFetcher.FetchException when the document is not an RSS or Atom feed
     */
    static FeedDocument read(byte[] body, String contentType, URI feedUrl, ZoneId zone)
            throws FeedFetcher.FetchException {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FeedFetcher.FetchException(
                    "not an RSS or Atom feed: " + firstLine(e.getMessage()));
        }
        List<Item> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            items.add(item(entry, feedUrl, zone));
        }
        return new FeedDocument(blankToNull(feed.getTitle()), items);
    }

    private static Item item(SyndEntry entry, URI feedUrl, ZoneId zone) {
        String title = plainTitle(entry);
        String link = resolve(feedUrl, firstNonBlank(entry.getLink(), linkOf(entry)));
        String content = content(entry);
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><body>\n");
        if (title != null) {
            html.append("<h1>").append(Entities.escape(title)).append("</h1>\n");
        }
        if (content != null) {
            html.append(content).append('\n');
        }
        html.append("</body></html>\n");
        String key = firstNonBlank(entry.getUri(), link);
        if (key == null) {
            key = "sha256:" + sha256(title + "\n" + content);
        }
        Date date =
                entry.getPublishedDate() != null
                        ? entry.getPublishedDate()
                        : entry.getUpdatedDate();
        String publishedAt =
                date == null
                        ? null
                        : OffsetDateTime.ofInstant(date.toInstant(), zone)
                                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return new Item(key.strip(), title, link, html.toString(), publishedAt);
    }

    /** The body as HTML: content, else description/summary; plain text is escaped. */
    private static String content(SyndEntry entry) {
        StringBuilder joined = new StringBuilder();
        for (SyndContent part : entry.getContents()) {
            String html = asHtml(part);
            if (html != null) {
                joined.append(html).append('\n');
            }
        }
        if (!joined.isEmpty()) {
            return joined.toString();
        }
        return entry.getDescription() == null ? null : asHtml(entry.getDescription());
    }

    private static String asHtml(SyndContent content) {
        String value = blankToNull(content.getValue());
        if (value == null) {
            return null;
        }
        if (isPlainText(content.getType())) {
            StringBuilder html = new StringBuilder();
            for (String line : value.split("\\R")) {
                if (!line.isBlank()) {
                    html.append("<p>").append(Entities.escape(line.strip())).append("</p>\n");
                }
            }
            return html.toString();
        }
        return value;
    }

    private static String plainTitle(SyndEntry entry) {
        String title = blankToNull(entry.getTitle());
        if (title == null) {
            return null;
        }
        SyndContent titleEx = entry.getTitleEx();
        if (titleEx != null && !isPlainText(titleEx.getType()) && titleEx.getType() != null) {
            title = Jsoup.parse(title).text();
        }
        return blankToNull(title);
    }

    /** Atom's {@code type="text"}, or a MIME type of plain text; RSS fields are HTML. */
    private static boolean isPlainText(String type) {
        if (type == null) {
            return false;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        return lower.equals("text") || lower.startsWith("text/plain");
    }

    private static String linkOf(SyndEntry entry) {
        return entry.getLinks() == null || entry.getLinks().isEmpty()
                ? null
                : entry.getLinks().getFirst().getHref();
    }

    private static String resolve(URI base, String link) {
        if (link == null) {
            return null;
        }
        try {
            return base.resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return link.strip();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse("unreadable");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static String firstNonBlank(String first, String second) {
        String value = blankToNull(first);
        return value != null ? value : blankToNull(second);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

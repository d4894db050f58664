package dev.ipwire.search.indexing;

import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.contracts.Entity;
import dev.ipwire.contracts.Region;
import dev.ipwire.contracts.Topic;
import dev.ipwire.search.text.ChineseFolding;
import dev.ipwire.search.text.SearchSegmenter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/** Builds the Elasticsearch document of an enriched article (fields as in the index template). */
public final class IndexDocument {

    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?");

    private IndexDocument() {}

    public static Map<String, Object> of(
            ArticleEnriched article, SearchSegmenter segmenter, JsonMapper json) {
        String body = String.join("\n", article.paragraphs());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", article.id());
        doc.put("revision", article.revision());
        doc.put("title_words", segmenter.wordField(nullToEmpty(article.title())));
        doc.put("title_chars", ChineseFolding.simplified(nullToEmpty(article.title())));
        doc.put("body_words", segmenter.wordField(body));
        doc.put("body_chars", ChineseFolding.simplified(body));
        doc.put("topics", article.topics().stream().map(Topic::name).toList());
        doc.put("primaryTopic", article.primaryTopic());
        doc.put("persons", names(article.entities().person()));
        doc.put("places", names(article.entities().place()));
        doc.put("organizations", names(article.entities().organization()));
        doc.put("regions", article.regions().stream().map(Region::province).distinct().toList());
        doc.put("source", article.source() == null ? null : article.source().name());
        doc.put("publishedDate", publishedDate(article.publishedAt()));
        doc.put("nearDuplicateOf", article.nearDuplicateOf());
        doc.put("giProducts", article.giProducts());
        doc.put("keywords", article.keywords());
        doc.put("nlpVersion", article.nlpVersion());
        doc.put("indexedAt", Instant.now().toString());
        doc.put("article", json.convertValue(article, Map.class));
        return doc;
    }

    /**
     * The calendar date as the outlet printed it ({@code 2021-12-24T14:51:02+08:00} → 2021-12-24).
     */
    static String publishedDate(String publishedAt) {
        if (publishedAt == null) {
            return null;
        }
        var matcher = ISO_DATE.matcher(publishedAt);
        return matcher.find() ? matcher.group() : null;
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream()
                .map(e -> e.normalized() != null ? e.normalized() : e.text())
                .distinct()
                .toList();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

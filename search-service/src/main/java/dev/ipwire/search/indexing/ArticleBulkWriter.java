package dev.ipwire.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.search.text.SearchSegmenter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes many articles to one named index in a bulk request, with the same documents and the same
 * external versions ({@link ArticleVersion}) as the stream consumer, and checks every item: a
 * rebuild writes what the live consumer would have written, in any order, without either one
 * overwriting the other's newer version.
 */
@Component
public class ArticleBulkWriter {

    /**
     * What one bulk write did.
     *
     * @param written new, or newer than what the index held
     * @param unchanged the index held this or a newer version already
     * @param failures the refused items
     */
    public record Outcome(int written, int unchanged, List<Failure> failures) {}

    /**
     * An item Elasticsearch refused.
     *
     * @param status its HTTP status; 0 when the document could not even be built
     */
    public record Failure(String id, int status, String reason) {

        /** Worth another attempt: the node was busy or failing, not the document wrong. */
        public boolean transient_() {
            return status == 429 || status >= 500;
        }

        @Override
        public String toString() {
            return id + " (" + status + "): " + reason;
        }
    }

    private final ElasticsearchClient client;
    private final SearchSegmenter segmenter;
    private final JsonMapper json;

    public ArticleBulkWriter(
            ElasticsearchClient client, SearchSegmenter segmenter, JsonMapper json) {
        this.client = client;
        this.segmenter = segmenter;
        this.json = json;
    }

    /**
     * What the index said to one article of a bulk write.
     *
     * @param status its HTTP status: 200/201 written, 409 the index held this or a newer version; 0
     *     when the document could not even be built
     * @param reason why it was refused, else null
     */
    public record ItemOutcome(String id, int status, String reason) {

        public boolean written() {
            return status == 200 || status == 201;
        }

        public boolean unchanged() {
            return status == 409;
        }

        /** Worth another attempt: the node was busy or failing, not the document wrong. */
        public boolean transient_() {
            return status == 429 || status >= 500;
        }
    }

    /**
     * Estimated bytes of bulk body per request: well under Elasticsearch's {@code
     * http.max_content_length} (100 MB) even for a poll of the largest articles the topics take (16
     * MB each); an article above it goes alone.
     */
    static final long MAX_REQUEST_BYTES = 16L << 20;

    /**
     * Writes {@code articles} to {@code index}.
     *
     * @return what was written, what was there already, what was refused
     * @throws IOException when Elasticsearch cannot be reached (nothing is known about the items)
     */
    public Outcome write(String index, List<ArticleEnriched> articles) throws IOException {
        int written = 0;
        int unchanged = 0;
        List<Failure> failures = new ArrayList<>();
        for (ItemOutcome item : writeEach(index, articles)) {
            if (item.written()) {
                written++;
            } else if (item.unchanged()) {
                unchanged++;
            } else {
                failures.add(new Failure(item.id(), item.status(), item.reason()));
            }
        }
        return new Outcome(written, unchanged, failures);
    }

    /**
     * Writes {@code articles} to {@code index} in as few bulk requests as their size allows.
     *
     * @return what the index said to each article, in the order given
     * @throws IOException when Elasticsearch cannot be reached (nothing is known about the items)
     */
    public List<ItemOutcome> writeEach(String index, List<ArticleEnriched> articles)
            throws IOException {
        ItemOutcome[] outcomes = new ItemOutcome[articles.size()];
        List<BulkOperation> operations = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < articles.size(); i++) {
            ArticleEnriched article = articles.get(i);
            Map<String, Object> document;
            long version;
            try {
                document = IndexDocument.of(article, segmenter, json);
                version = ArticleVersion.of(article).external();
            } catch (RuntimeException e) {
                outcomes[i] = new ItemOutcome(article.id(), 0, e.getMessage());
                continue;
            }
            long size = estimatedBytes(article);
            if (!operations.isEmpty() && bytes + size > MAX_REQUEST_BYTES) {
                send(operations, positions, outcomes);
                operations.clear();
                positions.clear();
                bytes = 0;
            }
            operations.add(
                    BulkOperation.of(
                            b ->
                                    b.index(
                                            o ->
                                                    o.index(index)
                                                            .id(article.id())
                                                            .version(version)
                                                            .versionType(VersionType.External)
                                                            .document(document))));
            positions.add(i);
            bytes += size;
        }
        if (!operations.isEmpty()) {
            send(operations, positions, outcomes);
        }
        return List.of(outcomes);
    }

    private void send(
            List<BulkOperation> operations, List<Integer> positions, ItemOutcome[] outcomes)
            throws IOException {
        BulkResponse response = client.bulk(b -> b.operations(operations));
        List<BulkResponseItem> items = response.items();
        for (int k = 0; k < items.size(); k++) {
            BulkResponseItem item = items.get(k);
            outcomes[positions.get(k)] =
                    new ItemOutcome(
                            item.id(),
                            item.status(),
                            item.error() == null ? null : item.error().reason());
        }
    }

    /**
     * The article's text is in a document four times (words and characters of title and body, and
     * the event under {@code article}), at up to three bytes a character.
     */
    private static long estimatedBytes(ArticleEnriched article) {
        long characters = article.title() == null ? 0 : article.title().length();
        if (article.paragraphs() != null) {
            for (String paragraph : article.paragraphs()) {
                characters += paragraph == null ? 0 : paragraph.length();
            }
        }
        return 4096 + characters * 4 * 3;
    }
}

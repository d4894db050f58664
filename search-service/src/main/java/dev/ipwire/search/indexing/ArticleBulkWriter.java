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
     * Writes {@code articles} to {@code index}.
     *
     * @return what was written, what was there already, what was refused
     * @throws IOException when Elasticsearch cannot be reached (nothing is known about the items)
     */
    public Outcome write(String index, List<ArticleEnriched> articles) throws IOException {
        if (articles.isEmpty()) {
            return new Outcome(0, 0, List.of());
        }
        List<BulkOperation> operations = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (ArticleEnriched article : articles) {
            Map<String, Object> document;
            long version;
            try {
                document = IndexDocument.of(article, segmenter, json);
                version = ArticleVersion.of(article).external();
            } catch (RuntimeException e) {
                failures.add(new Failure(article.id(), 0, e.getMessage()));
                continue;
            }
            operations.add(
                    BulkOperation.of(
                            b ->
                                    b.index(
                                            i ->
                                                    i.index(index)
                                                            .id(article.id())
                                                            .version(version)
                                                            .versionType(VersionType.External)
                                                            .document(document))));
        }
        if (operations.isEmpty()) {
            return new Outcome(0, 0, failures);
        }
        BulkResponse response = client.bulk(b -> b.operations(operations));
        int written = 0;
        int unchanged = 0;
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                written++;
            } else if (item.status() == 409) {
                unchanged++;
            } else {
                failures.add(new Failure(item.id(), item.status(), item.error().reason()));
            }
        }
        return new Outcome(written, unchanged, failures);
    }
}

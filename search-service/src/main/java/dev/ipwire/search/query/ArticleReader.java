package dev.ipwire.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.search.indexing.ArticleIndex;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads one stored article by id. */
@Component
public class ArticleReader {

    private final ElasticsearchClient client;
    private final ArticleIndex index;
    private final JsonMapper json;

    public ArticleReader(ElasticsearchClient client, ArticleIndex index, JsonMapper json) {
        this.client = client;
        this.index = index;
        this.json = json;
    }

    public Optional<ArticleEnriched> find(String id) throws IOException {
        index.ensureReady();
        GetResponse<Map> response =
                client.get(
                        g -> g.index(ArticleIndex.ALIAS).id(id).sourceIncludes("article"),
                        Map.class);
        if (!response.found()
                || response.source() == null
                || response.source().get("article") == null) {
            return Optional.empty();
        }
        return Optional.of(
                json.convertValue(response.source().get("article"), ArticleEnriched.class));
    }
}

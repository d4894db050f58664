package dev.ipwire.search.indexing;

import dev.ipwire.contracts.ArticleEnriched;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The stream consumer: {@code articles.enriched} → Elasticsearch. Bound as {@code index} ({@code
 * index-in-0}).
 */
@Component("index")
public class IndexArticle implements Consumer<ArticleEnriched> {

    private final ArticleIndexer indexer;

    public IndexArticle(ArticleIndexer indexer) {
        this.indexer = indexer;
    }

    @Override
    public void accept(ArticleEnriched article) {
        indexer.index(article);
    }
}

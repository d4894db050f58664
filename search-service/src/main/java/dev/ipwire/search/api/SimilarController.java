package dev.ipwire.search.api;

import dev.ipwire.search.query.similar.SimilarArticles;
import dev.ipwire.search.query.similar.SimilarProperties;
import dev.ipwire.search.query.similar.SimilarResult;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/articles/{id}/similar}: other stories like an article, each listed once. */
@RestController
class SimilarController {

    private final SimilarArticles similar;
    private final SimilarProperties properties;

    SimilarController(SimilarArticles similar, SimilarProperties properties) {
        this.similar = similar;
        this.properties = properties;
    }

    @GetMapping(path = "/api/v1/articles/{id}/similar", produces = MediaType.APPLICATION_JSON_VALUE)
    SimilarResult similar(@PathVariable String id, @RequestParam(required = false) String size)
            throws IOException {
        int stories = Parameters.size(size, properties.defaultSize(), properties.maxSize());
        return similar.similar(id, stories).orElseThrow(() -> new ArticleNotFoundException(id));
    }
}

package dev.ipwire.search.api;

import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.search.query.ArticleReader;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/articles/{id}}: the enriched article as stored. */
@RestController
class ArticleController {

    private final ArticleReader reader;

    ArticleController(ArticleReader reader) {
        this.reader = reader;
    }

    @GetMapping(path = "/api/v1/articles/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ArticleEnriched article(@PathVariable String id) throws IOException {
        return reader.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }
}

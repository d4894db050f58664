package dev.ipwire.search.api;

import static dev.ipwire.search.api.ApiDocumentation.NOT_FOUND;
import static dev.ipwire.search.api.ApiDocumentation.UNAVAILABLE;

import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.search.query.ArticleReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

    @Operation(
            summary = "Read one article",
            description = "The enriched article as stored, with its latest revision.")
    @ApiResponse(responseCode = "200", description = "The article.")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "503", description = UNAVAILABLE)
    @GetMapping(path = "/api/v1/articles/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ArticleEnriched article(@Parameter(description = "Article id.") @PathVariable String id)
            throws IOException {
        return reader.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }
}

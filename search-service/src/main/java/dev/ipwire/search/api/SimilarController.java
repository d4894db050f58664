package dev.ipwire.search.api;

import static dev.ipwire.search.api.ApiDocumentation.INVALID;
import static dev.ipwire.search.api.ApiDocumentation.NOT_FOUND;
import static dev.ipwire.search.api.ApiDocumentation.UNAVAILABLE;

import dev.ipwire.search.query.similar.SimilarArticles;
import dev.ipwire.search.query.similar.SimilarProperties;
import dev.ipwire.search.query.similar.SimilarResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

    @Operation(
            summary = "Stories like an article",
            description =
                    "More-like-this over the article's words, ranked higher for shared persons,"
                            + " places, organizations and GI products. Each story (an original"
                            + " and its near-duplicates) is listed once, by its most similar"
                            + " article, with the number of its other copies; the article's own"
                            + " story never is.")
    @ApiResponse(responseCode = "200", description = "The most similar stories first.")
    @ApiResponse(responseCode = "400", description = INVALID)
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "503", description = UNAVAILABLE)
    @GetMapping(path = "/api/v1/articles/{id}/similar", produces = MediaType.APPLICATION_JSON_VALUE)
    SimilarResult similar(
            @Parameter(description = "Article id.") @PathVariable String id,
            @Parameter(
                            description = "Stories to list.",
                            schema =
                                    @Schema(
                                            type = "integer",
                                            minimum = "1",
                                            maximum = "50",
                                            defaultValue = "10"))
                    @RequestParam(required = false)
                    String size)
            throws IOException {
        int stories = Parameters.size(size, properties.defaultSize(), properties.maxSize());
        return similar.similar(id, stories).orElseThrow(() -> new ArticleNotFoundException(id));
    }
}

package dev.ipwire.search.api;

import static dev.ipwire.search.api.ApiDocumentation.INVALID;
import static dev.ipwire.search.api.ApiDocumentation.UNAVAILABLE;

import dev.ipwire.search.query.InvalidSearchException;
import dev.ipwire.search.query.suggest.SuggestProperties;
import dev.ipwire.search.query.suggest.SuggestResult;
import dev.ipwire.search.query.suggest.Suggester;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/suggest}: completions of what the editor has typed in the query box. */
@RestController
class SuggestController {

    private final Suggester suggester;
    private final SuggestProperties properties;

    SuggestController(Suggester suggester, SuggestProperties properties) {
        this.suggester = suggester;
        this.properties = properties;
    }

    @Operation(
            summary = "Complete the query box",
            description =
                    "At most 10 completions: persons, organizations and places whose normalized"
                            + " name starts with the prefix (most named first), then headlines"
                            + " containing it (those starting with it first). 繁體 and 简体"
                            + " prefixes find the same.")
    @ApiResponse(responseCode = "200", description = "Completions, best first.")
    @ApiResponse(responseCode = "400", description = INVALID)
    @ApiResponse(responseCode = "503", description = UNAVAILABLE)
    @GetMapping(path = "/api/v1/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
    SuggestResult suggest(
            @Parameter(
                            description = "What the editor has typed so far (1 to 50 characters).",
                            required = true)
                    @RequestParam(required = false)
                    String prefix)
            throws IOException {
        return suggester.suggest(prefix(prefix));
    }

    String prefix(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            throw new InvalidSearchException(
                    "prefix is required: the start of a name, word or headline, e.g. 地理");
        }
        String stripped = prefix.strip();
        if (stripped.length() > properties.maxPrefixLength()) {
            throw new InvalidSearchException(
                    "prefix is "
                            + stripped.length()
                            + " characters long; at most "
                            + properties.maxPrefixLength()
                            + " are allowed");
        }
        return stripped;
    }
}

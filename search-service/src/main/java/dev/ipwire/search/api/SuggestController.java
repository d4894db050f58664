package dev.ipwire.search.api;

import dev.ipwire.search.query.InvalidSearchException;
import dev.ipwire.search.query.suggest.SuggestProperties;
import dev.ipwire.search.query.suggest.SuggestResult;
import dev.ipwire.search.query.suggest.Suggester;
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

    @GetMapping(path = "/api/v1/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
    SuggestResult suggest(@RequestParam(required = false) String prefix) throws IOException {
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

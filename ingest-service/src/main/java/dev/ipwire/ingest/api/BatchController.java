package dev.ipwire.ingest.api;

import static dev.ipwire.ingest.api.ApiDocumentation.INVALID;
import static dev.ipwire.ingest.api.ApiDocumentation.TOO_LARGE;
import static dev.ipwire.ingest.api.ApiDocumentation.UNSUPPORTED;

import dev.ipwire.ingest.intake.ArticleIntake;
import dev.ipwire.ingest.intake.InvalidSubmissionException;
import dev.ipwire.ingest.publishing.ArticleTooLargeException;
import dev.ipwire.ingest.publishing.BrokerUnavailableException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/articles/batch}: many articles in one request, as NDJSON (one JSON object a
 * line) or a JSON array. Every item is accepted or refused on its own; the answer lists a result
 * per item, in order, with the status the item would have had alone.
 */
@RestController
class BatchController {

    private static final String UNAVAILABLE =
            "not accepted, the event log is unavailable; send this item again later";

    /** NDJSON media type. */
    static final String NDJSON = "application/x-ndjson";

    private final ArticleIntake intake;
    private final JsonMapper json;

    BatchController(ArticleIntake intake, JsonMapper json) {
        this.intake = intake;
        this.json = json;
    }

    /**
     * The answer to a batch.
     *
     * @param accepted items accepted
     * @param failed items refused
     * @param results one per item, in order
     */
    record BatchResponse(int accepted, int failed, List<Map<String, Object>> results) {}

    @Operation(
            summary = "Submit many articles",
            description =
                    "A JSON array of article objects, or NDJSON (one per line). Each item is"
                            + " accepted or refused on its own; the answer has one result per"
                            + " item, in order, with the status it would have had alone (202, or"
                            + " 400/413/422/503 with a problem).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        array =
                                @ArraySchema(
                                        schema = @Schema(implementation = ArticleRequest.class))),
                @Content(
                        mediaType = NDJSON,
                        schema =
                                @Schema(
                                        type = "string",
                                        description = "One article object per line."))
            })
    @ApiResponse(responseCode = "200", description = "One result per item.")
    @ApiResponse(responseCode = "400", description = INVALID)
    @ApiResponse(responseCode = "413", description = TOO_LARGE)
    @ApiResponse(responseCode = "415", description = UNSUPPORTED)
    @PostMapping(
            path = "/api/v1/articles/batch",
            consumes = {MediaType.APPLICATION_JSON_VALUE, NDJSON},
            produces = MediaType.APPLICATION_JSON_VALUE)
    BatchResponse batch(@Parameter(hidden = true) @RequestBody(required = false) String body) {
        List<JsonNode> items = items(body);
        List<Map<String, Object>> results = new ArrayList<>();
        int accepted = 0;
        boolean brokerDown = false;
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("index", i);
            if (brokerDown) {
                // Once the event log refused an item, the rest would each wait out the publish
                // timeout only to be refused too.
                refuse(result, HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE);
                results.add(result);
                continue;
            }
            if (!items.get(i).isObject()) {
                refuse(
                        result,
                        HttpStatus.BAD_REQUEST,
                        "item " + i + " is not an article object {\"content\": …}");
                results.add(result);
                continue;
            }
            try {
                ArticleRequest request = json.treeToValue(items.get(i), ArticleRequest.class);
                Object answer = ArticleResponse.body(intake.accept(request.toSubmission()));
                result.put("status", HttpStatus.ACCEPTED.value());
                result.put("result", answer);
                accepted++;
            } catch (JacksonException | IllegalArgumentException e) {
                refuse(
                        result,
                        HttpStatus.BAD_REQUEST,
                        "item " + i + " is not an article object {\"content\": …}");
            } catch (InvalidSubmissionException e) {
                refuse(result, HttpStatus.BAD_REQUEST, e.getMessage());
            } catch (ArticleTooLargeException e) {
                refuse(result, HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
            } catch (BrokerUnavailableException e) {
                refuse(result, HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE);
                brokerDown = true;
            }
            results.add(result);
        }
        return new BatchResponse(accepted, items.size() - accepted, results);
    }

    private List<JsonNode> items(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidSubmissionException(
                    "the batch is empty: send a JSON array of {\"content\": …} objects, or one such"
                            + " object per line (NDJSON)");
        }
        String text = body.strip();
        List<JsonNode> items = new ArrayList<>();
        try {
            if (text.startsWith("[")) {
                JsonNode array = json.readTree(text);
                array.forEach(items::add);
                return items;
            }
            int line = 0;
            for (String row : text.split("\\R")) {
                line++;
                if (!row.isBlank()) {
                    try {
                        items.add(json.readTree(row));
                    } catch (JacksonException e) {
                        throw new InvalidSubmissionException(
                                "line "
                                        + line
                                        + " of the NDJSON batch is not JSON: each line must be one"
                                        + " {\"content\": …} object");
                    }
                }
            }
            return items;
        } catch (JacksonException e) {
            throw new InvalidSubmissionException(
                    "the batch is not a valid JSON array: " + e.getOriginalMessage());
        }
    }

    private static void refuse(Map<String, Object> result, HttpStatus status, String detail) {
        result.put("status", status.value());
        result.put("problem", Map.of("title", status.getReasonPhrase(), "detail", detail));
    }
}

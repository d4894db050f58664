package dev.ipwire.search.api;

import static dev.ipwire.search.api.ApiDocumentation.UNAVAILABLE;

import dev.ipwire.search.alerts.AlertView;
import dev.ipwire.search.alerts.Alerts;
import dev.ipwire.search.alerts.NewAlert;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/alerts}: saved searches whose new matches are posted to a webhook. The body is
 * read as bytes and checked by {@link Alerts}, so that every mistake in it (unknown fields, wrong
 * types, bad dates) gets an answer that says what to fix.
 */
@RestController
class AlertController {

    static final String ALERTS = "/api/v1/alerts";

    private final Alerts alerts;

    AlertController(Alerts alerts) {
        this.alerts = alerts;
    }

    /** The answer to {@code GET /api/v1/alerts}. */
    record AlertList(List<AlertView> alerts) {}

    private static final String ALERT_NOT_FOUND = "No alert with this id (deleted, or never made).";

    @Operation(
            summary = "Create an alert",
            description =
                    "A saved search (q and filters with the search API's meaning) whose new"
                            + " matches are POSTed to the webhook, at least once, retried with"
                            + " backoff, signed with HMAC-SHA256 in X-IPWire-Signature. The"
                            + " answer holds the signing secret (generated unless given).",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = NewAlert.class))))
    @ApiResponse(
            responseCode = "201",
            description = "Created; Location names it.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = AlertView.class)))
    @ApiResponse(responseCode = "400", description = "The body lists every mistake to fix.")
    @ApiResponse(responseCode = "409", description = "The most alerts allowed exist already.")
    @ApiResponse(responseCode = "503", description = UNAVAILABLE)
    @PostMapping(
            path = ALERTS,
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AlertView> create(@RequestBody(required = false) byte[] body)
            throws IOException {
        AlertView created = alerts.create(body);
        return ResponseEntity.created(URI.create(ALERTS + "/" + created.id())).body(created);
    }

    @Operation(summary = "All alerts, newest first")
    @ApiResponse(responseCode = "200", description = "The alerts.")
    @ApiResponse(responseCode = "503", description = UNAVAILABLE)
    @GetMapping(path = ALERTS, produces = MediaType.APPLICATION_JSON_VALUE)
    AlertList list() throws IOException {
        return new AlertList(alerts.list());
    }

    @Operation(summary = "One alert with its delivery statistics")
    @ApiResponse(responseCode = "200", description = "The alert.")
    @ApiResponse(responseCode = "404", description = ALERT_NOT_FOUND)
    @ApiResponse(responseCode = "503", description = UNAVAILABLE)
    @GetMapping(path = ALERTS + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    AlertView get(@Parameter(description = "Alert id.") @PathVariable String id)
            throws IOException {
        return alerts.get(id);
    }

    @Operation(
            summary = "Delete an alert",
            description = "It matches nothing more; its pending deliveries are cancelled.")
    @ApiResponse(responseCode = "204", description = "Deleted.")
    @ApiResponse(responseCode = "404", description = ALERT_NOT_FOUND)
    @ApiResponse(responseCode = "503", description = UNAVAILABLE)
    @DeleteMapping(path = ALERTS + "/{id}")
    ResponseEntity<Void> delete(@Parameter(description = "Alert id.") @PathVariable String id)
            throws IOException {
        alerts.delete(id);
        return ResponseEntity.noContent().build();
    }
}

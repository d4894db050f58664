package dev.ipwire.search.api;

import dev.ipwire.search.alerts.AlertView;
import dev.ipwire.search.alerts.Alerts;
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

    @PostMapping(
            path = ALERTS,
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AlertView> create(@RequestBody(required = false) byte[] body)
            throws IOException {
        AlertView created = alerts.create(body);
        return ResponseEntity.created(URI.create(ALERTS + "/" + created.id())).body(created);
    }

    @GetMapping(path = ALERTS, produces = MediaType.APPLICATION_JSON_VALUE)
    AlertList list() throws IOException {
        return new AlertList(alerts.list());
    }

    @GetMapping(path = ALERTS + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    AlertView get(@PathVariable String id) throws IOException {
        return alerts.get(id);
    }

    @DeleteMapping(path = ALERTS + "/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) throws IOException {
        alerts.delete(id);
        return ResponseEntity.noContent().build();
    }
}

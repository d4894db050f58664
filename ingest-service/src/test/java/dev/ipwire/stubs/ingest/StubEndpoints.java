package dev.ipwire.stubs.ingest;

import dev.ipwire.ingest.IngestProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers "ok" on ingest-service's paths, so the security tests see only the rules. Outside {@code
 * dev.ipwire.ingest} so that full contexts (the ITs) do not pick it up.
 */
@RestController
public class StubEndpoints {

    /** What the service's own web filters need. */
    @TestConfiguration
    @EnableConfigurationProperties(IngestProperties.class)
    public static class Settings {}

    @PostMapping({"/api/v1/articles", "/api/v1/articles/batch", "/api/v1/feeds"})
    String submit() {
        return "ok";
    }

    @GetMapping({
        "/api/v1/articles/{id}/status",
        "/api/v1/feeds",
        "/api/v1/admin/anything",
        "/v3/api-docs"
    })
    String read() {
        return "ok";
    }

    @DeleteMapping("/api/v1/feeds/{id}")
    String delete() {
        return "ok";
    }
}

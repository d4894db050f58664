package dev.ipwire.stubs.search;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers "ok" on search-service's paths, so the security tests see only the rules. Outside {@code
 * dev.ipwire.search} so that slices loading every controller do not pick it up.
 */
@RestController
public class StubEndpoints {

    @GetMapping({
        "/",
        "/assets/app.js",
        "/v3/api-docs",
        "/api/v1/search",
        "/api/v1/articles/{id}",
        "/api/v1/articles/{id}/similar",
        "/api/v1/suggest",
        "/api/v1/trends",
        "/api/v1/entities",
        "/api/v1/alerts",
        "/api/v1/admin/anything"
    })
    String read() {
        return "ok";
    }

    @PostMapping("/api/v1/alerts")
    String create() {
        return "ok";
    }

    @DeleteMapping("/api/v1/alerts/{id}")
    String delete() {
        return "ok";
    }
}

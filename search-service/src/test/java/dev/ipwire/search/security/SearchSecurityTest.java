package dev.ipwire.search.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.ipwire.stubs.search.StubEndpoints;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The role of every search path, with the search and admin keys set and reads keyed. */
@WebMvcTest(
        controllers = StubEndpoints.class,
        properties = {
            "ipwire.security.search-key=search-secret",
            "ipwire.security.ingest-key=ingest-secret",
            "ipwire.security.admin-key=admin-secret"
        })
@Import({SearchSecurityConfiguration.class, StubEndpoints.class})
class SearchSecurityTest {

    private static final String[] READS = {
        "/api/v1/search?q=x",
        "/api/v1/articles/a1",
        "/api/v1/articles/a1/similar",
        "/api/v1/suggest?prefix=x",
        "/api/v1/trends",
        "/api/v1/entities"
    };

    @Autowired MockMvc mvc;

    @Test
    void keyedReadsNeedTheSearchKey() throws Exception {
        for (String read : READS) {
            mvc.perform(get(read))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().exists("WWW-Authenticate"))
                    .andExpect(
                            content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail", containsString("IPWIRE_SEARCH_KEY")));
            mvc.perform(get(read).header("X-API-Key", "search-secret")).andExpect(status().isOk());
            mvc.perform(get(read).header("X-API-Key", "admin-secret")).andExpect(status().isOk());
            mvc.perform(get(read).header("X-API-Key", "ingest-secret"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void alertsNeedTheSearchKey() throws Exception {
        mvc.perform(post("/api/v1/alerts")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/alerts").header("X-API-Key", "ingest-secret"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/alerts").header("X-API-Key", "search-secret"))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/v1/alerts/a1").header("X-API-Key", "search-secret"))
                .andExpect(status().isOk());
    }

    @Test
    void thePageAndTheApiDescriptionStayOpen() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/assets/app.js")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
    }

    @Test
    void adminPathsNeedTheAdminKey() throws Exception {
        mvc.perform(get("/api/v1/admin/anything").header("X-API-Key", "search-secret"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("IPWIRE_ADMIN_KEY")));
        mvc.perform(get("/api/v1/admin/anything").header("X-API-Key", "admin-secret"))
                .andExpect(status().isOk());
        mvc.perform(get("/actuator/bindings")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/no-such-endpoint")).andExpect(status().isNotFound());
    }

    @Test
    void aWrongKeyIs401() throws Exception {
        mvc.perform(get("/api/v1/search?q=x").header("X-API-Key", "search-secret-but-longer"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Unknown API key"));
    }

    /** With {@code search-reads=open}: reads are public, alerts still keyed. */
    @Nested
    @TestPropertySource(properties = "ipwire.security.search-reads=open")
    class OpenReads {

        @Autowired MockMvc mvc;

        @Test
        void readsArePublicButAlertsAreNot() throws Exception {
            for (String read : READS) {
                mvc.perform(get(read)).andExpect(status().isOk());
            }
            mvc.perform(get("/api/v1/alerts")).andExpect(status().isUnauthorized());
            mvc.perform(get("/api/v1/admin/anything")).andExpect(status().isUnauthorized());
        }
    }
}

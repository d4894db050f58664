package dev.ipwire.ingest.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.ipwire.stubs.ingest.StubEndpoints;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The role of every ingest path, with all three keys configured. */
@WebMvcTest(
        controllers = StubEndpoints.class,
        properties = {
            "ipwire.security.ingest-key=ingest-secret",
            "ipwire.security.search-key=search-secret",
            "ipwire.security.admin-key=admin-secret",
            "ipwire.ingest.rate-limit.capacity=1000"
        })
@Import({IngestSecurityConfiguration.class, StubEndpoints.class, StubEndpoints.Settings.class})
class IngestSecurityTest {

    @Autowired MockMvc mvc;

    @Test
    void submittingWithoutAKeyIs401WithAChallengeNamingTheHeaderAndRole() throws Exception {
        mvc.perform(post("/api/v1/articles"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("X-API-Key")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail", containsString("X-API-Key")))
                .andExpect(jsonPath("$.detail", containsString("IPWIRE_INGEST_KEY")));
    }

    @Test
    void anUnknownKeyIs401EvenOnOpenPaths() throws Exception {
        mvc.perform(post("/api/v1/articles/batch").header("X-API-Key", "ingest-secreT"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Unknown API key"));
        mvc.perform(get("/v3/api-docs").header("X-API-Key", "nope"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theSearchKeyCannotSubmit() throws Exception {
        mvc.perform(post("/api/v1/articles").header("X-API-Key", "search-secret"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("ingest key (IPWIRE_INGEST_KEY)")));
        mvc.perform(delete("/api/v1/feeds/f1").header("X-API-Key", "search-secret"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theIngestKeySubmitsAndManagesFeeds() throws Exception {
        for (String path :
                new String[] {"/api/v1/articles", "/api/v1/articles/batch", "/api/v1/feeds"}) {
            mvc.perform(post(path).header("X-API-Key", "ingest-secret")).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/feeds").header("X-API-Key", "ingest-secret"))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/v1/feeds/f1").header("X-API-Key", " ingest-secret "))
                .andExpect(status().isOk());
    }

    @Test
    void statusNeedsTheIngestOrTheSearchKey() throws Exception {
        mvc.perform(get("/api/v1/articles/a1/status")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/articles/a1/status").header("X-API-Key", "ingest-secret"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/articles/a1/status").header("X-API-Key", "search-secret"))
                .andExpect(status().isOk());
    }

    @Test
    void theAdminKeyHoldsEveryRole() throws Exception {
        mvc.perform(post("/api/v1/articles").header("X-API-Key", "admin-secret"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/articles/a1/status").header("X-API-Key", "admin-secret"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/admin/anything").header("X-API-Key", "admin-secret"))
                .andExpect(status().isOk());
    }

    @Test
    void adminPathsNeedTheAdminKeyWhileUnknownPathsAre404() throws Exception {
        mvc.perform(get("/api/v1/admin/anything").header("X-API-Key", "ingest-secret"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("IPWIRE_ADMIN_KEY")));
        mvc.perform(get("/api/v1/admin/not-there")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/no-such-endpoint")).andExpect(status().isNotFound());
    }

    @Test
    void theApiDescriptionStaysOpen() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
    }
}

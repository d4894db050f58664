package dev.ipwire.nlp.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The enrich endpoint needs the ingest key once it is set; admin paths need the admin key. */
@WebMvcTest(
        controllers = NlpSecurityTest.Stub.class,
        properties = {"ipwire.security.ingest-key=ingest-secret"})
@Import({NlpSecurityConfiguration.class, NlpSecurityTest.Stub.class})
class NlpSecurityTest {

    @RestController
    static class Stub {
        @PostMapping("/api/v1/enrich")
        String enrich() {
            return "ok";
        }

        @GetMapping("/api/v1/admin/anything")
        String admin() {
            return "ok";
        }
    }

    @Autowired MockMvc mvc;

    @Test
    void enrichNeedsTheIngestKey() throws Exception {
        mvc.perform(post("/api/v1/enrich"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("IPWIRE_INGEST_KEY")));
        mvc.perform(post("/api/v1/enrich").header("X-API-Key", "ingest-secret"))
                .andExpect(status().isOk());
    }

    @Test
    void adminPathsAreRefusedWithoutAnAdminKey() throws Exception {
        mvc.perform(get("/api/v1/admin/anything").header("X-API-Key", "ingest-secret"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("set IPWIRE_ADMIN_KEY")));
    }
}

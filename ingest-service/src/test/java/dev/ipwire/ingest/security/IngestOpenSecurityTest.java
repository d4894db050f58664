package dev.ipwire.ingest.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.ipwire.stubs.ingest.StubEndpoints;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** With no keys configured (the dev setup) every role is open, but admin paths are refused. */
@WebMvcTest(controllers = StubEndpoints.class)
@Import({IngestSecurityConfiguration.class, StubEndpoints.class, StubEndpoints.Settings.class})
class IngestOpenSecurityTest {

    @Autowired MockMvc mvc;

    @Test
    void unkeyedRolesAreOpen() throws Exception {
        mvc.perform(post("/api/v1/articles")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/feeds")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/articles/a1/status")).andExpect(status().isOk());
    }

    @Test
    void adminPathsAreRefusedUntilAnAdminKeyIsSet() throws Exception {
        mvc.perform(get("/api/v1/admin/anything"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("set IPWIRE_ADMIN_KEY")));
        mvc.perform(get("/actuator/metrics")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/no-such-endpoint")).andExpect(status().isNotFound());
    }
}

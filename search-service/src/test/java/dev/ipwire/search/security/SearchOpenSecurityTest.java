package dev.ipwire.search.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.ipwire.stubs.search.StubEndpoints;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** No keys configured (the dev setup): reads and alerts are open, admin paths refused. */
@WebMvcTest(controllers = StubEndpoints.class)
@Import({SearchSecurityConfiguration.class, StubEndpoints.class})
class SearchOpenSecurityTest {

    @Autowired MockMvc mvc;

    @Test
    void everythingButAdminIsOpen() throws Exception {
        mvc.perform(get("/api/v1/search?q=x")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/alerts")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/admin/anything"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("set IPWIRE_ADMIN_KEY")));
    }
}

package dev.ipwire.search.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.ipwire.search.replay.InvalidReplayRequestException;
import dev.ipwire.search.replay.ReenrichStatus;
import dev.ipwire.search.replay.ReindexStatus;
import dev.ipwire.search.replay.ReplayJobNotFoundException;
import dev.ipwire.search.replay.ReplayJobRunningException;
import dev.ipwire.search.replay.ReplayJobs;
import dev.ipwire.search.security.SearchSecurityConfiguration;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The admin replay API's answers, with the jobs themselves stood in for. */
@WebMvcTest(ReplayController.class)
@Import(SearchSecurityConfiguration.class)
@TestPropertySource(properties = "ipwire.security.admin-key=" + ReplayControllerTest.ADMIN_KEY)
class ReplayControllerTest {

    /** Admin endpoints are always keyed. */
    static final String ADMIN_KEY = "unit-admin-key-0123456789";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ReindexStatus STARTED =
            new ReindexStatus(
                    "reindex-1",
                    "RUNNING",
                    "QUEUED",
                    null,
                    null,
                    false,
                    "keep",
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    Instant.parse("2026-11-22T02:00:00Z"),
                    null);
    private static final ReenrichStatus COUNTING =
            new ReenrichStatus(
                    "reenrich-1",
                    "RUNNING",
                    "QUEUED",
                    "nlp-2",
                    true,
                    0,
                    Map.of(),
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    List.of(),
                    Instant.parse("2026-11-22T02:00:00Z"),
                    null);

    @Autowired MockMvc mvc;
    @MockitoBean ReplayJobs jobs;

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("X-API-Key", ADMIN_KEY)).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder postJson(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static JsonNode problem(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.path("detail").asString()).isNotBlank();
        return body;
    }

    @Test
    void startingARebuildAnswers202WithTheJobAndWhereToFollowIt() throws Exception {
        when(jobs.reindex("delete", true)).thenReturn(STARTED);

        MockHttpServletResponse response =
                call(
                        postJson(
                                "/api/v1/admin/reindex",
                                "{\"previous\": \"delete\", \"force\": true}"));

        assertThat(response.getStatus()).isEqualTo(202);
        assertThat(response.getHeader("Location")).isEqualTo("/api/v1/admin/reindex/reindex-1");
        assertThat(response.getContentAsString()).contains("\"job\":\"reindex-1\"");
    }

    @Test
    void aRebuildNeedsNoBody() throws Exception {
        when(jobs.reindex(null, false)).thenReturn(STARTED);

        assertThat(call(post("/api/v1/admin/reindex")).getStatus()).isEqualTo(202);
        verify(jobs).reindex(null, false);
    }

    @Test
    void reenrichPassesTheVersionAndDryRun() throws Exception {
        when(jobs.reenrich("nlp-2", true)).thenReturn(COUNTING);

        MockHttpServletResponse response =
                call(
                        postJson(
                                "/api/v1/admin/reenrich",
                                "{\"nlpVersion\": \"nlp-2\", \"dryRun\": true}"));

        assertThat(response.getStatus()).isEqualTo(202);
        assertThat(response.getHeader("Location")).isEqualTo("/api/v1/admin/reenrich/reenrich-1");
    }

    @Test
    void mistakesUnknownJobsRunningJobsAndAnUnreachableIndexAreProblems() throws Exception {
        when(jobs.reenrich(any(), anyBoolean()))
                .thenThrow(new InvalidReplayRequestException("nlpVersion is required"));
        when(jobs.reindex(anyString(), anyBoolean()))
                .thenThrow(new ReplayJobRunningException("a reindex job is running (reindex-0)"));
        when(jobs.reindex(null, false)).thenThrow(new ConnectException("refused"));
        when(jobs.reindexStatus("nope"))
                .thenThrow(new ReplayJobNotFoundException("reindex", "nope"));

        assertThat(
                        problem(call(postJson("/api/v1/admin/reenrich", "{}")), 400)
                                .path("detail")
                                .asString())
                .contains("nlpVersion");
        assertThat(
                        problem(
                                        call(
                                                postJson(
                                                        "/api/v1/admin/reindex",
                                                        "{\"previous\": \"keep\"}")),
                                        409)
                                .path("detail")
                                .asString())
                .contains("reindex-0");
        assertThat(problem(call(get("/api/v1/admin/reindex/nope")), 404).path("detail").asString())
                .contains("nope");
        MockHttpServletResponse unavailable = call(post("/api/v1/admin/reindex"));
        problem(unavailable, 503);
        assertThat(unavailable.getHeader("Retry-After")).isNotBlank();
        problem(call(postJson("/api/v1/admin/reindex", "{\"force\": ")), 400);
    }
}

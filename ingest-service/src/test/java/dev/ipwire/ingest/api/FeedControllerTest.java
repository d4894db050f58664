package dev.ipwire.ingest.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.ipwire.ingest.IngestProperties;
import dev.ipwire.ingest.feeds.FeedRequestException;
import dev.ipwire.ingest.feeds.FeedService;
import dev.ipwire.ingest.feeds.FeedSummary;
import dev.ipwire.ingest.security.IngestSecurityConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The HTTP contract of {@code /api/v1/feeds}: 201/204, and problem+json for every refusal. */
@Import(IngestSecurityConfiguration.class)
@WebMvcTest(controllers = FeedController.class)
class FeedControllerTest {

    /** The slice does not scan configuration properties; the size filter needs them. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IngestProperties.class)
    static class Properties {}

    private static final String ID = "0123456789abcdef";
    private static final FeedSummary FEED =
            new FeedSummary(
                    ID,
                    "http://127.0.0.1:8080/rss.xml",
                    "示例报社",
                    "PT10M",
                    "registered",
                    "2024-08-16T02:00:00Z",
                    null,
                    null,
                    "pending",
                    null,
                    0,
                    0);

    @Autowired MockMvc mvc;

    @MockitoBean FeedService feeds;

    private ResultActions postJson(String body) throws Exception {
        return mvc.perform(
                post("/api/v1/feeds")
                        .contentType(MediaType.APPLICATION_JSON)
                        .characterEncoding(StandardCharsets.UTF_8)
                        .content(body));
    }

    private static ResultActions problem(ResultActions actions, int status) throws Exception {
        return actions.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void aRegistrationAnswers201WithItsLocation() throws Exception {
        given(feeds.register("http://127.0.0.1:8080/rss.xml", "示例报社", "10m")).willReturn(FEED);

        postJson(
                        """
                        {"url": "http://127.0.0.1:8080/rss.xml", "name": "示例报社", "interval": "10m"}
                        """)
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/v1/feeds/" + ID))
                .andExpect(jsonPath("$.id").value(ID))
                .andExpect(jsonPath("$.url").value("http://127.0.0.1:8080/rss.xml"))
                .andExpect(jsonPath("$.name").value("示例报社"))
                .andExpect(jsonPath("$.interval").value("PT10M"))
                .andExpect(jsonPath("$.origin").value("registered"))
                .andExpect(jsonPath("$.lastStatus").value("pending"));
    }

    @Test
    void aNumericIntervalIsPassedOnAsSeconds() throws Exception {
        given(feeds.register("http://127.0.0.1:8080/rss.xml", null, "600")).willReturn(FEED);

        postJson("{\"url\": \"http://127.0.0.1:8080/rss.xml\", \"interval\": 600}")
                .andExpect(status().isCreated());
    }

    @Test
    void theListShowsWhetherPollingIsOnAndEveryFeed() throws Exception {
        given(feeds.enabled()).willReturn(true);
        given(feeds.list()).willReturn(List.of(FEED));

        mvc.perform(get("/api/v1/feeds"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.feeds[0].id").value(ID))
                .andExpect(jsonPath("$.feeds[0].itemsAccepted").value(0))
                .andExpect(jsonPath("$.feeds[0].lastPolledAt").isEmpty());
    }

    @Test
    void oneFeedByIdAndAnUnknownOneIs404() throws Exception {
        given(feeds.find(ID)).willReturn(FEED);
        given(feeds.find("nope"))
                .willThrow(
                        new FeedRequestException(
                                FeedRequestException.Reason.UNKNOWN,
                                "no feed has the id \"nope\""));

        mvc.perform(get("/api/v1/feeds/" + ID)).andExpect(jsonPath("$.url").value(FEED.url()));
        problem(mvc.perform(get("/api/v1/feeds/nope")), 404)
                .andExpect(jsonPath("$.detail").value("no feed has the id \"nope\""));
    }

    @Test
    void deletingAnswers204() throws Exception {
        mvc.perform(delete("/api/v1/feeds/" + ID)).andExpect(status().isNoContent());

        verify(feeds).delete(ID);
    }

    @Test
    void anInvalidUrlIs400WithTheReason() throws Exception {
        given(feeds.register(any(), any(), any()))
                .willThrow(
                        new FeedRequestException(
                                FeedRequestException.Reason.INVALID,
                                "the feed \"url\" \"ftp://x\" uses the scheme \"ftp\""));

        problem(postJson("{\"url\": \"ftp://x\"}"), 400)
                .andExpect(jsonPath("$.title").value("Invalid feed"))
                .andExpect(
                        jsonPath("$.detail")
                                .value("the feed \"url\" \"ftp://x\" uses the scheme \"ftp\""));
    }

    @Test
    void aBodyThatIsNoJsonObjectIs400AndNeverReachesTheService() throws Exception {
        problem(postJson("{\"url\": "), 400);
        problem(postJson("[\"http://127.0.0.1/rss.xml\"]"), 400);
        problem(postJson(""), 400);
        problem(postJson("{\"url\": {\"href\": \"http://127.0.0.1/\"}}"), 400)
                .andExpect(jsonPath("$.detail").value("\"url\" must be a string"));

        verifyNoInteractions(feeds);
    }

    @Test
    void conflictsAndDisabledPollingAre409() throws Exception {
        given(feeds.register(any(), any(), any()))
                .willThrow(
                        new FeedRequestException(
                                FeedRequestException.Reason.DISABLED, "feed polling is disabled"));
        doThrow(new FeedRequestException(FeedRequestException.Reason.CONFLICT, "configured"))
                .when(feeds)
                .delete(ID);

        problem(postJson("{\"url\": \"http://127.0.0.1/rss.xml\"}"), 409);
        problem(mvc.perform(delete("/api/v1/feeds/" + ID)), 409);
    }

    @Test
    void anUnavailableEventLogIs503WithRetryAfter() throws Exception {
        given(feeds.register(any(), any(), any()))
                .willThrow(
                        new FeedRequestException(
                                FeedRequestException.Reason.UNAVAILABLE, "not registered"));

        problem(postJson("{\"url\": \"http://127.0.0.1/rss.xml\"}"), 503)
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER));
    }
}

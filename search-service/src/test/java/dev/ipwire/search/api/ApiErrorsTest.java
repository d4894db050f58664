package dev.ipwire.search.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import co.elastic.clients.transport.TransportException;
import co.elastic.clients.transport.http.TransportHttpClient;
import dev.ipwire.search.SearchProperties;
import dev.ipwire.search.alerts.Alerts;
import dev.ipwire.search.query.ArticleReader;
import dev.ipwire.search.query.ArticleSearch;
import dev.ipwire.search.query.entities.EntityProperties;
import dev.ipwire.search.query.entities.TopEntities;
import dev.ipwire.search.query.similar.SimilarArticles;
import dev.ipwire.search.query.similar.SimilarProperties;
import dev.ipwire.search.query.suggest.SuggestProperties;
import dev.ipwire.search.query.suggest.Suggester;
import dev.ipwire.search.query.trends.TrendProperties;
import dev.ipwire.search.query.trends.Trends;
import dev.ipwire.search.replay.ReplayJobs;
import dev.ipwire.search.security.SearchSecurityConfiguration;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Error answers of the API, with the index replaced by mocks. */
@Import(SearchSecurityConfiguration.class)
@WebMvcTest
class ApiErrorsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The slice does not scan configuration properties; the controller needs its limits. */
    @TestConfiguration
    @EnableConfigurationProperties({
        SearchProperties.class,
        SimilarProperties.class,
        TrendProperties.class,
        EntityProperties.class,
        SuggestProperties.class
    })
    static class Limits {}

    @Autowired MockMvc mvc;
    @MockitoBean ArticleSearch search;
    @MockitoBean ArticleReader reader;
    @MockitoBean SimilarArticles similar;
    @MockitoBean Trends trends;
    @MockitoBean TopEntities entities;
    @MockitoBean Suggester suggester;
    @MockitoBean Alerts alerts;
    @MockitoBean ReplayJobs replayJobs;

    private MockHttpServletResponse call(String uri) throws Exception {
        return mvc.perform(get(uri).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
    }

    private static JsonNode problem(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asString()).isNotBlank();
        assertThat(body.path("detail").asString()).isNotBlank();
        return body;
    }

    @Test
    void anInvalidSearchIsABadRequestAndNeverReachesTheIndex() throws Exception {
        JsonNode body = problem(call("/api/v1/search?size=1000"), 400);

        assertThat(body.path("detail").asString()).contains("between 1 and 100");
        verifyNoInteractions(search);
    }

    @Test
    void anUnreachableIndexIsServiceUnavailableWithRetryAfter() throws Exception {
        when(search.search(any())).thenThrow(new ConnectException("Connection refused"));

        MockHttpServletResponse response = call("/api/v1/search?q=地理标志");

        JsonNode body = problem(response, 503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(body.path("detail").asString()).contains("try again");
        assertThat(body.toString()).doesNotContain("Connection refused");
    }

    @Test
    void anElasticsearchTransportFailureIsServiceUnavailable() throws Exception {
        TransportHttpClient.Response failed = mock(TransportHttpClient.Response.class);
        when(failed.statusCode()).thenReturn(503);
        TransportException failure = new TransportException(failed, "node is closing", "get");
        when(reader.find(anyString())).thenThrow(failure);

        MockHttpServletResponse response = call("/api/v1/articles/some-id");

        problem(response, 503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorWithoutDetailsOfTheFailure() throws Exception {
        when(search.search(any()))
                .thenThrow(new IllegalStateException("secret internal state at Foo.java:42"));

        MockHttpServletResponse response = call("/api/v1/search?q=商标");

        JsonNode body = problem(response, 500);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("secret", "IllegalStateException", "Foo.java");
        assertThat(body.path("detail").asString()).contains("logged");
    }

    @Test
    void anUnknownArticleIsNotFoundNamingTheId() throws Exception {
        when(reader.find("no-such-article")).thenReturn(Optional.empty());

        JsonNode body = problem(call("/api/v1/articles/no-such-article"), 404);

        assertThat(body.path("detail").asString()).contains("no-such-article");
    }

    @Test
    void anInvalidIntervalIsABadRequestListingTheIntervalsAndNeverReachesTheIndex()
            throws Exception {
        JsonNode body = problem(call("/api/v1/trends?interval=fortnight"), 400);

        assertThat(body.path("detail").asString())
                .isEqualTo(
                        "interval \"fortnight\" is unknown; use one of day, week, month, quarter,"
                                + " year");
        verifyNoInteractions(trends);
    }

    @Test
    void anUnknownEntityTypeIsABadRequestListingTheTypes() throws Exception {
        JsonNode body = problem(call("/api/v1/entities?type=planet"), 400);

        assertThat(body.path("detail").asString()).contains("person, place, organization, region");
        verifyNoInteractions(entities);
    }

    @Test
    void tooManySimilarArticlesIsABadRequest() throws Exception {
        JsonNode body = problem(call("/api/v1/articles/some-id/similar?size=51"), 400);

        assertThat(body.path("detail").asString()).contains("between 1 and 50");
        verifyNoInteractions(similar);
    }

    @Test
    void similarToAnUnknownArticleIsNotFoundNamingTheId() throws Exception {
        when(similar.similar("no-such-article", 10)).thenReturn(Optional.empty());

        JsonNode body = problem(call("/api/v1/articles/no-such-article/similar"), 404);

        assertThat(body.path("detail").asString()).contains("no-such-article");
    }

    @Test
    void aSuggestionWithoutPrefixIsABadRequest() throws Exception {
        JsonNode body = problem(call("/api/v1/suggest"), 400);

        assertThat(body.path("detail").asString()).contains("prefix is required");
        verifyNoInteractions(suggester);
    }

    @Test
    void anUnreachableIndexIsServiceUnavailableForTheNewEndpointsToo() throws Exception {
        when(trends.trends(any(), any())).thenThrow(new ConnectException("Connection refused"));
        when(suggester.suggest(anyString())).thenThrow(new ConnectException("Connection refused"));

        problem(call("/api/v1/trends"), 503);
        problem(call("/api/v1/suggest?prefix=地理"), 503);
    }
}

package dev.ipwire.search.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.ipwire.search.alerts.AlertFilters;
import dev.ipwire.search.alerts.AlertNotFoundException;
import dev.ipwire.search.alerts.AlertView;
import dev.ipwire.search.alerts.Alerts;
import dev.ipwire.search.alerts.DeliveryStats;
import dev.ipwire.search.alerts.InvalidAlertException;
import dev.ipwire.search.alerts.TooManyAlertsException;
import dev.ipwire.search.security.SearchSecurityConfiguration;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The alerts endpoints' HTTP answers, with the alerts themselves replaced by a mock. */
@Import(SearchSecurityConfiguration.class)
@WebMvcTest(AlertController.class)
class AlertControllerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final AlertView CREATED =
            new AlertView(
                    "a-1",
                    "地标",
                    "地理标志",
                    AlertFilters.NONE,
                    "https://example.org/hook",
                    "2026-11-22T08:00:00Z",
                    "generated-secret-0123456789",
                    DeliveryStats.NONE);

    @Autowired MockMvc mvc;
    @MockitoBean Alerts alerts;

    private MockHttpServletResponse call(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static RequestBuilder create(String body) {
        return post("/api/v1/alerts")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .content(body.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static JsonNode problem(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode body = json(response);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asString()).isNotBlank();
        assertThat(body.path("detail").asString()).isNotBlank();
        return body;
    }

    @Test
    void creatingAnswers201WithTheAlertAndItsLocation() throws Exception {
        String body = "{\"q\": \"地理标志\", \"webhook\": \"https://example.org/hook\"}";
        when(alerts.create(body.getBytes(StandardCharsets.UTF_8))).thenReturn(CREATED);

        MockHttpServletResponse response = call(create(body));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getHeader("Location")).isEqualTo("/api/v1/alerts/a-1");
        JsonNode alert = json(response);
        assertThat(alert.path("id").asString()).isEqualTo("a-1");
        assertThat(alert.path("secret").asString()).isEqualTo("generated-secret-0123456789");
        assertThat(alert.path("createdAt").asString()).isEqualTo("2026-11-22T08:00:00Z");
        assertThat(alert.path("deliveries").path("pending").asLong()).isZero();
        assertThat(alert.path("deliveries").has("lastDelivery")).isFalse();
    }

    @Test
    void anInvalidAlertIsABadRequestListingEveryError() throws Exception {
        when(alerts.create(any()))
                .thenThrow(
                        new InvalidAlertException(
                                List.of("webhook is required", "filters.topic \"x\" is unknown")));

        JsonNode body = problem(call(create("{\"filters\": {\"topic\": \"x\"}}")), 400);

        assertThat(body.path("title").asString()).isEqualTo("Invalid alert");
        assertThat(body.path("detail").asString())
                .isEqualTo("webhook is required; filters.topic \"x\" is unknown");
        assertThat(body.path("errors").size()).isEqualTo(2);
        assertThat(body.path("errors").get(0).asString()).isEqualTo("webhook is required");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedBeforeReachingTheAlerts() throws Exception {
        JsonNode body =
                problem(
                        call(
                                post("/api/v1/alerts")
                                        .contentType(MediaType.TEXT_PLAIN)
                                        .content("q=地理标志")),
                        415);

        assertThat(body.path("detail").asString()).contains("text/plain");
        verifyNoInteractions(alerts);
    }

    @Test
    void oneAlertTooManyIsAConflict() throws Exception {
        when(alerts.create(any())).thenThrow(new TooManyAlertsException(1000));

        JsonNode body = problem(call(create("{}")), 409);

        assertThat(body.path("detail").asString()).contains("1000", "DELETE /api/v1/alerts/{id}");
    }

    @Test
    void listingWrapsTheAlerts() throws Exception {
        when(alerts.list()).thenReturn(List.of(CREATED));

        MockHttpServletResponse response =
                call(get("/api/v1/alerts").accept(MediaType.APPLICATION_JSON));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(json(response).path("alerts").get(0).path("id").asString()).isEqualTo("a-1");
    }

    @Test
    void anUnknownAlertIsNotFoundNamingTheId() throws Exception {
        when(alerts.get("nope")).thenThrow(new AlertNotFoundException("nope"));

        JsonNode body =
                problem(call(get("/api/v1/alerts/nope").accept(MediaType.APPLICATION_JSON)), 404);

        assertThat(body.path("detail").asString()).contains("nope");
    }

    @Test
    void deletingAnswers204AndAnUnknownIdIsNotFound() throws Exception {
        assertThat(call(delete("/api/v1/alerts/a-1")).getStatus()).isEqualTo(204);
        verify(alerts).delete("a-1");

        doThrow(new AlertNotFoundException("gone")).when(alerts).delete("gone");
        problem(call(delete("/api/v1/alerts/gone")), 404);
    }

    @Test
    void anUnreachableIndexIsServiceUnavailable() throws Exception {
        when(alerts.list()).thenThrow(new ConnectException("Connection refused"));

        MockHttpServletResponse response =
                call(get("/api/v1/alerts").accept(MediaType.APPLICATION_JSON));

        problem(response, 503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }
}

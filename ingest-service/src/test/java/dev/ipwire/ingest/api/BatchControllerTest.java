package dev.ipwire.ingest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.ipwire.ingest.IngestProperties;
import dev.ipwire.ingest.intake.AcceptedArticle;
import dev.ipwire.ingest.intake.ArticleIntake;
import dev.ipwire.ingest.intake.IntakeResult;
import dev.ipwire.ingest.intake.InvalidSubmissionException;
import dev.ipwire.ingest.intake.Submission;
import dev.ipwire.ingest.publishing.BrokerUnavailableException;
import dev.ipwire.ingest.security.IngestSecurityConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** {@code POST /api/v1/articles/batch}: a result per item, and no item can fail the others. */
@Import(IngestSecurityConfiguration.class)
@WebMvcTest(controllers = BatchController.class)
class BatchControllerTest {

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IngestProperties.class)
    static class Properties {}

    @Autowired MockMvc mvc;

    @MockitoBean ArticleIntake intake;

    private static IntakeResult accepted(String id) {
        return new IntakeResult(null, List.of(new AcceptedArticle(id, 1L, "标题", null)));
    }

    private MvcResult batch(MediaType type, String body) throws Exception {
        return mvc.perform(
                        post("/api/v1/articles/batch")
                                .contentType(type)
                                .characterEncoding(StandardCharsets.UTF_8)
                                .content(body))
                .andReturn();
    }

    @Test
    void everyItemGetsItsOwnResultInOrder() throws Exception {
        given(intake.accept(any(Submission.class)))
                .willReturn(accepted("a"))
                .willThrow(new InvalidSubmissionException("content is empty: send the text"));

        MvcResult result =
                batch(
                        MediaType.valueOf(BatchController.NDJSON),
                        "{\"content\":\"第一篇\"}\n\n{\"content\":\" \"}\n");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        mvc.perform(
                        post("/api/v1/articles/batch")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("[]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results").isEmpty());
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body)
                .contains("\"accepted\":1", "\"failed\":1", "\"index\":0", "\"index\":1")
                .contains("content is empty");
    }

    @Test
    void itemsThatAreNotObjectsAreRefusedOneByOneNeverAsAServerError() throws Exception {
        given(intake.accept(any(Submission.class))).willReturn(accepted("a"));

        MvcResult result =
                batch(MediaType.APPLICATION_JSON, "[null, 7, \"text\", [], {\"content\":\"正文\"}]");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"accepted\":1", "\"failed\":4").doesNotContain("Exception");
        verify(intake, times(1)).accept(any(Submission.class));
    }

    @Test
    void onceTheEventLogRefusesTheRestAreRefusedWithoutWaiting() throws Exception {
        given(intake.accept(any(Submission.class)))
                .willReturn(accepted("a"))
                .willThrow(new BrokerUnavailableException("broker down", null));

        MvcResult result =
                batch(
                        MediaType.APPLICATION_JSON,
                        "[{\"content\":\"一\"},{\"content\":\"二\"},{\"content\":\"三\"}]");

        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"accepted\":1", "\"failed\":2");
        assertThat(body.split("\"status\":503", -1)).hasSize(3);
        verify(intake, times(2)).accept(any(Submission.class));
    }
}

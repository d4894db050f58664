package dev.ipwire.ingest.api;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.ipwire.ingest.IngestProperties;
import dev.ipwire.ingest.documents.DocumentReader;
import dev.ipwire.ingest.intake.ArticleIntake;
import dev.ipwire.ingest.registry.ArticleRegistry;
import dev.ipwire.ingest.registry.ArticleStatus;
import dev.ipwire.ingest.security.IngestSecurityConfiguration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/v1/articles/{id}/status}: the registry's answer as JSON, 404 when unknown. */
@Import(IngestSecurityConfiguration.class)
@WebMvcTest(controllers = ArticleController.class)
class ArticleStatusEndpointTest {

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IngestProperties.class)
    static class Properties {}

    private static final String ID =
            "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

    @Autowired MockMvc mvc;

    @MockitoBean ArticleIntake intake;
    @MockitoBean DocumentReader documents;
    @MockitoBean ArticleRegistry registry;

    @Test
    void aFailedArticleShowsStageAndReason() throws Exception {
        given(registry.status(ID))
                .willReturn(
                        Optional.of(
                                new ArticleStatus(
                                        ID,
                                        ArticleStatus.FAILED,
                                        1_715_000_000_123L,
                                        null,
                                        null,
                                        "文章没有可分析的中文正文",
                                        "nlp",
                                        "earlier-id",
                                        "临江市知识产权质押融资突破五十亿元",
                                        Instant.parse("2024-05-16T07:30:00Z"))));

        mvc.perform(get("/api/v1/articles/{id}/status", ID))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value(ID))
                .andExpect(jsonPath("$.state").value("failed"))
                .andExpect(jsonPath("$.revision").value(1_715_000_000_123L))
                .andExpect(jsonPath("$.reason").value("文章没有可分析的中文正文"))
                .andExpect(jsonPath("$.failedStage").value("nlp"))
                .andExpect(jsonPath("$.nearDuplicateOf").value("earlier-id"))
                .andExpect(jsonPath("$.receivedAt").value("2024-05-16T07:30:00Z"));
    }

    @Test
    void anIndexedArticleShowsItsRevisions() throws Exception {
        given(registry.status(ID))
                .willReturn(
                        Optional.of(
                                new ArticleStatus(
                                        ID,
                                        ArticleStatus.INDEXED,
                                        7,
                                        7L,
                                        7L,
                                        null,
                                        null,
                                        null,
                                        "标题",
                                        null)));

        mvc.perform(get("/api/v1/articles/{id}/status", ID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("indexed"))
                .andExpect(jsonPath("$.enrichedRevision").value(7))
                .andExpect(jsonPath("$.indexedRevision").value(7));
    }

    @Test
    void anUnknownArticleIsAProblem404() throws Exception {
        given(registry.status(ID)).willReturn(Optional.empty());

        mvc.perform(get("/api/v1/articles/{id}/status", ID))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(ID)));
    }
}

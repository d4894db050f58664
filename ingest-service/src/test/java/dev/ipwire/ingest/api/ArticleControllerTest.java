package dev.ipwire.ingest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.ipwire.ingest.IngestProperties;
import dev.ipwire.ingest.documents.UploadedDocumentReader;
import dev.ipwire.ingest.intake.AcceptedArticle;
import dev.ipwire.ingest.intake.ArticleIntake;
import dev.ipwire.ingest.intake.IntakeResult;
import dev.ipwire.ingest.intake.Submission;
import dev.ipwire.ingest.publishing.ArticleTooLargeException;
import dev.ipwire.ingest.publishing.BrokerUnavailableException;
import dev.ipwire.ingest.registry.ArticleRegistry;
import dev.ipwire.ingest.security.IngestSecurityConfiguration;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The HTTP contract of {@code POST /api/v1/articles} (DESIGN.md): 202 with a Location, and every
 * error as {@code application/problem+json} whose detail says what to fix, never a stack trace.
 */
@Import(IngestSecurityConfiguration.class)
@WebMvcTest(
        controllers = ArticleController.class,
        properties = {
            "ipwire.ingest.max-content-size=2KB",
            "ipwire.ingest.search-base-url=http://search.example:8083"
        })
class ArticleControllerTest {

    /** The slice does not scan configuration properties; the controller and filter need them. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IngestProperties.class)
    @Import(UploadedDocumentReader.class)
    static class Properties {}

    private static final String ID =
            "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

    @Autowired MockMvc mvc;

    @MockitoBean ArticleIntake intake;
    @MockitoBean ArticleRegistry registry;

    private static IntakeResult single(AcceptedArticle article) {
        return new IntakeResult(null, List.of(article));
    }

    /** Every response of the current test. */
    private final List<MvcResult> responses = new ArrayList<>();

    private MvcResult last;

    @AfterEach
    void noResponseCarriesAStackTrace() throws Exception {
        for (MvcResult response : responses) {
            String body = response.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body)
                    .doesNotContain("at dev.ipwire")
                    .doesNotContain("Exception:")
                    .doesNotContain("\tat ")
                    .doesNotContain("Exception\"")
                    .doesNotContain("trace");
        }
    }

    private ResultActions perform(org.springframework.test.web.servlet.RequestBuilder request)
            throws Exception {
        ResultActions actions = mvc.perform(request);
        last = actions.andReturn();
        responses.add(last);
        return actions;
    }

    private ResultActions postJson(String json) throws Exception {
        return perform(
                post("/api/v1/articles")
                        .contentType(MediaType.APPLICATION_JSON)
                        .characterEncoding(StandardCharsets.UTF_8)
                        .content(json));
    }

    private static ResultActions problem(ResultActions actions, int status) throws Exception {
        return actions.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void acceptedArticleAnswers202WithLocationAndResult() throws Exception {
        given(intake.accept(any()))
                .willReturn(single(new AcceptedArticle(ID, 1723999999123L, "专利导航项目启动", null)));

        postJson(
                        """
                        {"content": "专利导航项目启动\\n项目将服务本地产业。", "format": "text",
                         "source": "示例日报", "url": "https://news.example.cn/1.html",
                         "externalId": "X-1", "publishedAt": "2024-08-19"}
                        """)
                .andExpect(status().isAccepted())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(
                        header().string(
                                        HttpHeaders.LOCATION,
                                        "http://search.example:8083/api/v1/articles/" + ID))
                .andExpect(jsonPath("$.id").value(ID))
                .andExpect(jsonPath("$.revision").value(1723999999123L))
                .andExpect(jsonPath("$.title").value("专利导航项目启动"))
                .andExpect(jsonPath("$.duplicateOf").hasJsonPath())
                .andExpect(jsonPath("$.duplicateOf").doesNotExist());

        ArgumentCaptor<Submission> submission = ArgumentCaptor.forClass(Submission.class);
        verify(intake).accept(submission.capture());
        assertThat(submission.getValue())
                .isEqualTo(
                        new Submission(
                                "专利导航项目启动\n项目将服务本地产业。",
                                "text",
                                "示例日报",
                                "https://news.example.cn/1.html",
                                "X-1",
                                "2024-08-19",
                                null,
                                null));
    }

    @Test
    void duplicateIsReported() throws Exception {
        given(intake.accept(any()))
                .willReturn(single(new AcceptedArticle(ID, 2L, "标题", "earlier-id")));

        postJson("{\"content\": \"标题\\n正文。\"}")
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.duplicateOf").value("earlier-id"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"content\": \"\"}",
                "{\"content\": \"  \\n\\t \"}",
                "{}",
                "{\"content\": null}"
            })
    void emptyContentIs400SayingWhatToSend(String json) throws Exception {
        // The rule lives in ArticleIntake.accept, before any collaborator is used: run it for real.
        given(intake.accept(any())).willCallRealMethod();

        problem(postJson(json), 400)
                .andExpect(
                        jsonPath(
                                "$.detail",
                                allOf(containsString("\"content\""), containsString("send"))));
    }

    @Test
    void emptyBodyIs400SayingWhatToSend() throws Exception {
        problem(postJson(""), 400)
                .andExpect(
                        jsonPath(
                                "$.detail",
                                allOf(containsString("{\"content\""), containsString("JSON"))));
        problem(perform(post("/api/v1/articles").contentType(MediaType.APPLICATION_JSON)), 400)
                .andExpect(jsonPath("$.detail", containsString("{\"content\"")));
        verifyNoInteractions(intake);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"content\": ",
                "{content: 'x'}",
                "[1, 2",
                "not json at all",
                "{\"content\": [\"列表\"]}"
            })
    void malformedJsonIs400ProblemJson(String json) throws Exception {
        problem(postJson(json), 400)
                .andExpect(jsonPath("$.detail", containsString("not valid JSON")));
        verifyNoInteractions(intake);
    }

    @Test
    void plainTextBodyIs415ProblemJson() throws Exception {
        problem(
                perform(
                        post("/api/v1/articles")
                                .contentType(MediaType.TEXT_PLAIN)
                                .content("专利新闻正文")),
                415);
        verifyNoInteractions(intake);
    }

    @Test
    void declaredContentLengthOverTheLimitIs413ProblemJson() throws Exception {
        String json = "{\"content\": \"" + "专利".repeat(2000) + "\"}";

        problem(postJson(json), 413)
                .andExpect(
                        jsonPath(
                                "$.detail",
                                allOf(
                                        containsString("2048 bytes"),
                                        containsString("max-content-size"))));
        verifyNoInteractions(intake);
    }

    @Test
    void bodyJustUnderTheLimitIsAccepted() throws Exception {
        given(intake.accept(any())).willReturn(single(new AcceptedArticle(ID, 1L, "标题", null)));
        String json = "{\"content\": \"" + "a".repeat(1900) + "\"}";

        postJson(json).andExpect(status().isAccepted());
    }

    @Test
    void brokerUnavailableIs503WithRetryAfter() throws Exception {
        given(intake.accept(any()))
                .willThrow(
                        new BrokerUnavailableException(
                                "the broker did not acknowledge within 10 s",
                                new java.util.concurrent.TimeoutException()));

        problem(postJson("{\"content\": \"标题\\n正文。\"}"), 503)
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, matchesPattern("[1-9]\\d*")))
                .andExpect(jsonPath("$.detail", containsString("send it again")));
    }

    @Test
    void articleTooLargeForTheBrokerIs413() throws Exception {
        given(intake.accept(any()))
                .willThrow(
                        new ArticleTooLargeException(
                                "the parsed article is larger than the broker accepts",
                                new RuntimeException("RecordTooLargeException: 20000000 bytes")));

        problem(postJson("{\"content\": \"标题\\n正文。\"}"), 413);
    }

    @Test
    void unexpectedFailureIs500WithoutDetailsOfTheFailure() throws Exception {
        given(intake.accept(any()))
                .willThrow(new IllegalStateException("secret internal state of dev.ipwire.ingest"));

        problem(postJson("{\"content\": \"标题\\n正文。\"}"), 500);
        assertThat(last.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("secret")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void uploadedGb18030FileIsDecodedBeforeIntake() throws Exception {
        given(intake.accept(any()))
                .willReturn(single(new AcceptedArticle(ID, 1L, "商标品牌指导站揭牌", null)));
        String text = "商标品牌指导站揭牌\n指导站将为小微企业提供商标注册咨询。\n";
        MockMultipartFile file =
                new MockMultipartFile(
                        "file", "新闻.txt", "text/plain", text.getBytes(Charset.forName("GB18030")));

        perform(
                        multipart("/api/v1/articles")
                                .file(file)
                                .param("source", "示例日报")
                                .param("externalId", "F-9"))
                .andExpect(status().isAccepted())
                .andExpect(
                        header().string(
                                        HttpHeaders.LOCATION,
                                        "http://search.example:8083/api/v1/articles/" + ID))
                .andExpect(jsonPath("$.id").value(ID));

        ArgumentCaptor<Submission> submission = ArgumentCaptor.forClass(Submission.class);
        verify(intake).accept(submission.capture());
        assertThat(submission.getValue().content()).isEqualTo(text);
        assertThat(submission.getValue().fileName()).isEqualTo("新闻.txt");
        assertThat(submission.getValue().source()).isEqualTo("示例日报");
        assertThat(submission.getValue().externalId()).isEqualTo("F-9");
    }

    @Test
    void uploadedFileThatIsNotTextIs400() throws Exception {
        MockMultipartFile file =
                new MockMultipartFile(
                        "file",
                        "scan.bin",
                        "application/octet-stream",
                        new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0x80, (byte) 0xFF});

        problem(perform(multipart("/api/v1/articles").file(file)), 400);
        assertThat(last.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("UTF-8");
        verifyNoInteractions(intake);
    }

    @Test
    void emptyUploadedFileIs400NamingTheFile() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "空白.txt", "text/plain", new byte[0]);

        problem(perform(multipart("/api/v1/articles").file(file)), 400);
        assertThat(last.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("空白.txt");
        verifyNoInteractions(intake);
    }

    @Test
    void multipartWithoutFilePartIs400() throws Exception {
        problem(perform(multipart("/api/v1/articles").param("source", "示例日报")), 400);
        verifyNoInteractions(intake);
    }
}

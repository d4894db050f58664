package dev.ipwire.ingest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.ipwire.ingest.IngestProperties;
import dev.ipwire.ingest.documents.TestDocuments;
import dev.ipwire.ingest.documents.UploadedDocumentReader;
import dev.ipwire.ingest.intake.AcceptedArticle;
import dev.ipwire.ingest.intake.ArticleIntake;
import dev.ipwire.ingest.intake.IntakeResult;
import dev.ipwire.ingest.intake.Submission;
import dev.ipwire.ingest.registry.ArticleRegistry;
import dev.ipwire.ingest.security.IngestSecurityConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Uploads of every kind through {@code POST /api/v1/articles} (multipart): the document's text
 * reaches the intake; a file that cannot be read is a problem+json with the status of its reason.
 */
@Import(IngestSecurityConfiguration.class)
@WebMvcTest(
        controllers = ArticleController.class,
        properties = {
            "ipwire.ingest.max-content-size=10MB",
            "ipwire.ingest.search-base-url=http://search.example:8083"
        })
class DocumentUploadTest {

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IngestProperties.class)
    @Import(UploadedDocumentReader.class)
    static class Configuration {}

    private static final String ID =
            "aa1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

    @Autowired MockMvc mvc;

    @MockitoBean ArticleIntake intake;
    @MockitoBean ArticleRegistry registry;

    private ResultActions upload(String name, String type, byte[] bytes) throws Exception {
        return mvc.perform(
                multipart("/api/v1/articles")
                        .file(new MockMultipartFile("file", name, type, bytes))
                        .param("source", "示例日报"));
    }

    private Submission submitted() {
        ArgumentCaptor<Submission> submission = ArgumentCaptor.forClass(Submission.class);
        verify(intake).accept(submission.capture());
        return submission.getValue();
    }

    private static void problem(ResultActions actions, int status, String detail) throws Exception {
        actions.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").value("Unreadable document"))
                .andExpect(jsonPath("$.detail", containsString(detail)));
        String body = actions.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private void accepting() {
        given(intake.accept(any()))
                .willReturn(
                        new IntakeResult(null, List.of(new AcceptedArticle(ID, 1L, "标题", null))));
    }

    @Test
    void uploadedPdfReachesTheIntakeAsItsText() throws Exception {
        accepting();
        byte[] pdf = TestDocuments.chinesePdf(List.of(List.of("专利侵权纠纷行政裁决试点启动", "试点为期两年。")));

        upload("裁决.pdf", "application/pdf", pdf)
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.id").value(ID));

        Submission submission = submitted();
        assertThat(submission.content()).isEqualTo("专利侵权纠纷行政裁决试点启动\n试点为期两年。");
        assertThat(submission.format()).isEqualTo("pdf");
        assertThat(submission.fileName()).isEqualTo("裁决.pdf");
        assertThat(submission.source()).isEqualTo("示例日报");
    }

    @Test
    void uploadedDocxReachesTheIntakeAsItsParagraphs() throws Exception {
        accepting();
        byte[] docx = TestDocuments.docx("版权服务站挂牌", List.of("服务站提供作品登记咨询。", "首批入驻企业二十家。"), null);

        upload(
                        "稿件.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        docx)
                .andExpect(status().isAccepted());

        Submission submission = submitted();
        assertThat(submission.content()).isEqualTo("版权服务站挂牌\n\n服务站提供作品登记咨询。\n\n首批入驻企业二十家。");
        assertThat(submission.format()).isEqualTo("docx");
    }

    @Test
    void encryptedPdfIs422SayingToRemoveThePassword() throws Exception {
        byte[] pdf = TestDocuments.encryptedPdf("secret", List.of("embargoed"));

        problem(upload("embargo.pdf", "application/pdf", pdf), 422, "Remove the password");
        verifyNoInteractions(intake);
    }

    @Test
    void encryptedDocxIs422SayingToRemoveThePassword() throws Exception {
        byte[] docx =
                TestDocuments.encryptedDocx(TestDocuments.docx("标题", List.of("正文。"), null), "pw");

        problem(upload("稿件.docx", null, docx), 422, "remove the password");
        verifyNoInteractions(intake);
    }

    @Test
    void zipBombIs422() throws Exception {
        problem(upload("bomb.docx", null, TestDocuments.docxBomb(200)), 422, "zip bomb");
        verifyNoInteractions(intake);
    }

    @Test
    void damagedPdfIs422() throws Exception {
        byte[] pdf = TestDocuments.truncated(TestDocuments.pdf(List.of(List.of("x"))), 0.5);

        problem(upload("half.pdf", "application/pdf", pdf), 422, "Upload the complete file");
        verifyNoInteractions(intake);
    }

    @Test
    void executableIs415ListingTheAcceptedTypes() throws Exception {
        problem(
                upload("setup.exe", "application/octet-stream", TestDocuments.windowsExecutable()),
                415,
                "txt, md, html, pdf or docx");
        verifyNoInteractions(intake);
    }

    @Test
    void legacyDocIs415SayingToSaveAsDocx() throws Exception {
        problem(upload("旧稿.doc", "application/msword", TestDocuments.legacyDoc()), 415, ".docx");
        verifyNoInteractions(intake);
    }

    @Test
    void undecodableTextIs400() throws Exception {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFF, (byte) 0x80, (byte) 0xFF, 'a', 'b'};

        problem(upload("news.txt", "text/plain", bytes), 400, "UTF-8");
        verifyNoInteractions(intake);
    }

    @Test
    void big5TextUploadIsDecoded() throws Exception {
        accepting();
        String text = "智慧財產局舉辦專利說明會\n說明會介紹新型專利形式審查流程。\n";

        upload("新聞.txt", "text/plain", text.getBytes(java.nio.charset.Charset.forName("Big5")))
                .andExpect(status().isAccepted());

        assertThat(submitted().content()).isEqualTo(text);
    }
}

package dev.ipwire.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.ipwire.contracts.ArticleReceived;
import dev.ipwire.ingest.identity.ArticleIdentity;
import dev.ipwire.ingest.identity.RevisionClock;
import dev.ipwire.ingest.parsing.NewsDocumentParser;
import dev.ipwire.ingest.publishing.ArticlePublisher;
import dev.ipwire.ingest.publishing.BrokerUnavailableException;
import dev.ipwire.ingest.registry.ArticleRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

/** The real parser and revision clock; only the Kafka side is replaced. */
class ArticleIntakeTest {

    private static final String ARTICLE = "市知识产权保护中心挂牌运行\n中心将为本市企业提供专利快速预审服务。\n预审合格的申请可进入快速审查通道。\n";

    private final ArticlePublisher publisher = mock(ArticlePublisher.class);
    private final ArticleRegistry registry = mock(ArticleRegistry.class);
    private final ArticleIntake intake =
            new ArticleIntake(new NewsDocumentParser(), new RevisionClock(), publisher, registry);

    private static Submission text(String content) {
        return Submission.of(content);
    }

    private static AcceptedArticle single(IntakeResult result) {
        assertThat(result.isCompilation()).isFalse();
        assertThat(result.articles()).hasSize(1);
        return result.articles().getFirst();
    }

    private ArticleReceived published(int times) {
        ArgumentCaptor<ArticleReceived> captor = ArgumentCaptor.forClass(ArticleReceived.class);
        verify(publisher, times(times)).publish(captor.capture());
        return captor.getValue();
    }

    @Test
    void publishesTheParsedArticleAndAnswersWithWhatWasPublished() {
        AcceptedArticle accepted = single(intake.accept(text(ARTICLE)));

        ArticleReceived article = published(1);
        assertThat(article.schemaVersion()).isEqualTo(1);
        assertThat(article.title()).isEqualTo("市知识产权保护中心挂牌运行");
        assertThat(article.paragraphs())
                .containsExactly("中心将为本市企业提供专利快速预审服务。", "预审合格的申请可进入快速审查通道。");
        assertThat(article.id())
                .isEqualTo(ArticleIdentity.id(null, null, article.title(), article.paragraphs()));
        assertThat(article.contentHash())
                .isEqualTo(ArticleIdentity.contentHash(article.title(), article.paragraphs()));
        assertThat(article.language()).isEqualTo("zh-Hans");
        assertThat(article.format()).isEqualTo("text");
        assertThat(article.receivedAt()).isNotNull();
        assertThat(article.source()).isNull();
        assertThat(article.externalId()).isNull();

        assertThat(accepted.id()).isEqualTo(article.id());
        assertThat(accepted.revision()).isEqualTo(article.revision());
        assertThat(accepted.title()).isEqualTo(article.title());
        assertThat(accepted.duplicateOf()).isNull();
    }

    @Test
    void resendingTheSameArticleGivesTheSameIdAndAHigherRevision() {
        AcceptedArticle first = single(intake.accept(text(ARTICLE)));
        AcceptedArticle second = single(intake.accept(text(ARTICLE.replace("\n", "\r\n"))));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.revision()).isGreaterThan(first.revision());
    }

    @Test
    void clientMetadataOverridesTheDocumentAndExternalIdSetsTheId() {
        String withFrontMatter = "---\nsource: 文中报社\ndate: 2020-01-01\n---\n" + ARTICLE;

        AcceptedArticle accepted =
                single(
                        intake.accept(
                                new Submission(
                                        withFrontMatter,
                                        " markdown ",
                                        " 客户端报社 ",
                                        "https://news.example.cn/a/1.html",
                                        "A-0001",
                                        "2024-08-19 10:00:00 +0800",
                                        null,
                                        null)));

        ArticleReceived article = published(1);
        assertThat(article.source().name()).isEqualTo("客户端报社");
        assertThat(article.source().url()).isEqualTo("https://news.example.cn/a/1.html");
        assertThat(article.externalId()).isEqualTo("A-0001");
        assertThat(article.publishedAt()).isEqualTo("2024-08-19T10:00:00+08:00");
        assertThat(article.format()).isEqualTo("markdown-frontmatter");
        assertThat(accepted.id()).isEqualTo(ArticleIdentity.id("客户端报社", "A-0001", null, List.of()));
    }

    @Test
    void documentMetadataIsUsedWhenTheClientGivesNone() {
        intake.accept(text("---\nsource: 文中报社\ndate: 2020年1月2日\ntags: [专利]\n---\n" + ARTICLE));

        ArticleReceived article = published(1);
        assertThat(article.source().name()).isEqualTo("文中报社");
        assertThat(article.source().url()).isNull();
        assertThat(article.publishedAt()).isEqualTo("2020-01-02");
        assertThat(article.tags()).containsExactly("专利");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t\n"})
    void emptyContentIsRefusedWithWhatToSend(String content) {
        assertThatThrownBy(() -> intake.accept(text(content)))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("\"content\"");
        verify(publisher, never()).publish(any());
    }

    @Test
    void contentWithoutTextIsRefused() {
        assertThatThrownBy(
                        () ->
                                intake.accept(
                                        text(
                                                "<html><body><script>track();</script></body></html>")))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("no text");
        verify(publisher, never()).publish(any());
    }

    @Test
    void unreadablePublishedAtIsRefusedWithAnExample() {
        Submission submission = new Submission(ARTICLE, null, null, null, null, "上周三", null, null);

        assertThatThrownBy(() -> intake.accept(submission))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("上周三")
                .hasMessageContaining("2024-08-19");
        verify(publisher, never()).publish(any());
    }

    @Test
    void brokerFailureIsPassedOnSoTheArticleIsNotReportedAccepted() {
        doThrow(new BrokerUnavailableException("no broker", null)).when(publisher).publish(any());

        assertThatThrownBy(() -> intake.accept(text(ARTICLE)))
                .isInstanceOf(BrokerUnavailableException.class);
    }
}

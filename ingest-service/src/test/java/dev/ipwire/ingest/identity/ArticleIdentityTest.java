package dev.ipwire.ingest.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleIdentityTest {

    private static final String TITLE = "省市场监管局公布地理标志保护典型案例";
    private static final List<String> BODY =
            List.of("本报讯 近日，省市场监管局公布了十件地理标志保护典型案例。", "案例涉及茶叶、水果等多个产品。");

    @Test
    void sameContentHasTheSameId() {
        String first = ArticleIdentity.id(null, null, TITLE, BODY);
        String second = ArticleIdentity.id(null, null, TITLE, List.copyOf(BODY));

        assertThat(first).isEqualTo(second).matches("[0-9a-f]{64}");
    }

    @Test
    void whitespaceAndWidthDifferencesHaveTheSameId() {
        String id = ArticleIdentity.id(null, null, TITLE, BODY);

        String spaced =
                ArticleIdentity.id(
                        null,
                        null,
                        " 省市场监管局 公布地理标志保护典型案例\u3000",
                        List.of("本报讯\u00A0近日，省市场监管局公布了十件地理标志保护典型案例。 ", "案例涉及茶叶、水果等\n多个产品。"));
        String fullWidth =
                ArticleIdentity.id(
                        null,
                        null,
                        TITLE,
                        List.of("本报讯 近日,省市场监管局公布了十件地理标志保护典型案例。", "案例涉及茶叶、水果等多个产品。"));

        assertThat(spaced).isEqualTo(id);
        assertThat(fullWidth).isEqualTo(id);
    }

    @Test
    void nfkcEquivalentTextHasTheSameId() {
        String halfWidth = ArticleIdentity.id(null, null, "2024年专利ABC", List.of("共100件。"));
        String fullWidth = ArticleIdentity.id(null, null, "２０２４年专利ＡＢＣ", List.of("共１００件。"));

        assertThat(fullWidth).isEqualTo(halfWidth);
    }

    @Test
    void differentContentHasADifferentId() {
        String id = ArticleIdentity.id(null, null, TITLE, BODY);

        assertThat(ArticleIdentity.id(null, null, TITLE, List.of(BODY.getFirst())))
                .isNotEqualTo(id);
        assertThat(ArticleIdentity.id(null, null, TITLE + "（续）", BODY)).isNotEqualTo(id);
        assertThat(ArticleIdentity.id(null, null, TITLE, List.of(BODY.get(0), "案例涉及茶叶等产品。")))
                .isNotEqualTo(id);
    }

    @Test
    void titleAndBodyAreNotInterchangeable() {
        assertThat(ArticleIdentity.id(null, null, "甲乙", List.of("丙")))
                .isNotEqualTo(ArticleIdentity.id(null, null, "甲", List.of("乙丙")));
    }

    @Test
    void externalIdMakesTheIdTheHashOfSourceAndExternalId() throws Exception {
        String id = ArticleIdentity.id("示例日报", "2024-0815-001", TITLE, BODY);

        assertThat(id).isEqualTo(sha256Hex("示例日报2024-0815-001"));
    }

    @Test
    void externalIdIgnoresTheContent() {
        String first = ArticleIdentity.id("示例日报", "A-17", TITLE, BODY);
        String edited = ArticleIdentity.id("示例日报", "A-17", TITLE + "（更新）", List.of("改写后的正文。"));

        assertThat(edited).isEqualTo(first);
        assertThat(ArticleIdentity.id("另一家报社", "A-17", TITLE, BODY)).isNotEqualTo(first);
    }

    @Test
    void externalIdWithoutSourceHashesTheExternalIdAlone() throws Exception {
        assertThat(ArticleIdentity.id(null, "A-17", TITLE, BODY)).isEqualTo(sha256Hex("A-17"));
        assertThat(ArticleIdentity.id(" 示例日报 ", " A-17 ", TITLE, BODY))
                .isEqualTo(sha256Hex("示例日报A-17"));
    }

    @Test
    void blankExternalIdFallsBackToTheContent() {
        assertThat(ArticleIdentity.id("示例日报", "  ", TITLE, BODY))
                .isEqualTo(ArticleIdentity.id(null, null, TITLE, BODY));
    }

    @Test
    void contentHashIsPrefixedAndFollowsTheNormalizedText() {
        String hash = ArticleIdentity.contentHash(TITLE, BODY);

        assertThat(hash).matches("sha256:[0-9a-f]{64}");
        assertThat(hash).isEqualTo("sha256:" + ArticleIdentity.id(null, null, TITLE, BODY));
        assertThat(ArticleIdentity.contentHash(TITLE + " ", BODY)).isEqualTo(hash);
        assertThat(ArticleIdentity.contentHash(TITLE, List.of("别的内容。"))).isNotEqualTo(hash);
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of()
                .formatHex(
                        MessageDigest.getInstance("SHA-256")
                                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}

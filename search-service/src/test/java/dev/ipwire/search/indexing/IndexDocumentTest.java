package dev.ipwire.search.indexing;

import static dev.ipwire.search.TestArticles.entity;
import static dev.ipwire.search.TestArticles.topic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.contracts.Region;
import dev.ipwire.contracts.Topic;
import dev.ipwire.search.TestArticles;
import dev.ipwire.search.text.SearchSegmenter;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IndexDocumentTest {

    private static final JsonMapper JSON = TestArticles.JSON;
    private static SearchSegmenter segmenter;

    @BeforeAll
    static void load() {
        segmenter = new SearchSegmenter();
    }

    private static ArticleEnriched teaArticle() {
        return TestArticles.article("doc-test-1")
                .revision(7)
                .title("高山茶取得地理標誌 ABC合作社受益")
                .paragraphs("縣政府推動地理標誌保護，茶農收入明顯提高。", "今年共查處冒用標誌案件十二起。")
                .publishedAt("2021-12-24T14:51:02+08:00")
                .language("zh-Hant")
                .source("山城晚報")
                .topics(topic(Topic.GEOGRAPHIC_INDICATION, 0.9), topic(Topic.PROTECTION, 0.6))
                .entities(
                        List.of(entity("王小明", "王小明")),
                        List.of(entity("山城縣", "山城县"), entity("高山", null)),
                        List.of(entity("縣政府", "山城县人民政府"), entity("縣政府", "山城县人民政府")))
                .regions(
                        new Region("山城县", null, "浙江省"),
                        new Region("杭州市", "330100", "浙江省"),
                        new Region("福州市", "350100", "福建省"))
                .keywords("高山茶", "地理标志")
                .giProducts("高山茶")
                .build();
    }

    @Test
    void theDocumentHasExactlyTheFieldsOfTheTemplate() throws Exception {
        Set<String> templateFields = new TreeSet<>();
        try (InputStream in =
                IndexDocument.class.getResourceAsStream("/ipwire/search/articles-template.json")) {
            JsonNode properties =
                    JSON.readTree(in).path("template").path("mappings").path("properties");
            properties.propertyNames().forEach(templateFields::add);
        }

        Map<String, Object> doc = IndexDocument.of(teaArticle(), segmenter, JSON);

        assertThat(templateFields).isNotEmpty();
        assertThat(new TreeSet<>(doc.keySet())).isEqualTo(templateFields);
    }

    @Test
    void keywordFieldsComeFromTheEnrichment() {
        Map<String, Object> doc = IndexDocument.of(teaArticle(), segmenter, JSON);

        assertThat(doc)
                .containsEntry("id", "doc-test-1")
                .containsEntry("revision", 7L)
                .containsEntry("topics", List.of("geographic_indication", "protection"))
                .containsEntry("primaryTopic", "geographic_indication")
                .containsEntry("persons", List.of("王小明"))
                .containsEntry("source", "山城晚報")
                .containsEntry("keywords", List.of("高山茶", "地理标志"))
                .containsEntry("giProducts", List.of("高山茶"))
                .containsEntry("nlpVersion", "nlp-0.1.0+dict-1");
    }

    @Test
    void entitiesAreIndexedByTheirNormalizedNameOnceEach() {
        Map<String, Object> doc = IndexDocument.of(teaArticle(), segmenter, JSON);

        assertThat(doc)
                .containsEntry("places", List.of("山城县", "高山"))
                .containsEntry("organizations", List.of("山城县人民政府"));
    }

    @Test
    void regionsAreIndexedAsTheirProvinceNamesOnceEach() {
        Map<String, Object> doc = IndexDocument.of(teaArticle(), segmenter, JSON);

        assertThat(doc).containsEntry("regions", List.of("浙江省", "福建省"));
    }

    @Test
    void textFieldsAreFoldedToSimplifiedAndSegmented() {
        Map<String, Object> doc = IndexDocument.of(teaArticle(), segmenter, JSON);

        assertThat(doc.get("title_chars")).isEqualTo("高山茶取得地理标志 ABC合作社受益");
        assertThat(doc.get("body_chars")).isEqualTo("县政府推动地理标志保护，茶农收入明显提高。\n今年共查处冒用标志案件十二起。");
        assertThat(words(doc.get("title_words"))).contains("地理标志", "abc", "合作社");
        assertThat(words(doc.get("body_words")))
                .contains("地理标志保护", "茶农", "收入")
                .doesNotContain("，", "。");
    }

    @Test
    void publishedDateKeepsTheCalendarDateAsWritten() {
        Map<String, Object> doc = IndexDocument.of(teaArticle(), segmenter, JSON);

        assertThat(doc).containsEntry("publishedDate", "2021-12-24");
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {
                "2021-12-24T14:51:02+08:00, 2021-12-24",
                // just after midnight in Beijing is still the previous day in UTC: keep the local
                // one
                "2021-12-25T01:30:00+08:00, 2021-12-25",
                "2021-12-24T23:59:59Z, 2021-12-24",
                "2021-12-24, 2021-12-24",
                "2021-12, 2021-12",
                "2021, 2021",
                "NULL, NULL",
                "二〇二一年十二月, NULL",
                "December 2021, NULL"
            })
    void publishedDate(String publishedAt, String expected) {
        assertThat(IndexDocument.publishedDate(publishedAt)).isEqualTo(expected);
    }

    @Test
    void anArticleWithoutDateOrSourceHasNullThere() {
        ArticleEnriched article =
                TestArticles.article("doc-test-2").publishedAt(null).topics().build();
        ArticleEnriched withoutSource =
                new ArticleEnriched(
                        article.schemaVersion(),
                        article.id(),
                        article.revision(),
                        article.receivedAt(),
                        null,
                        article.externalId(),
                        article.format(),
                        article.title(),
                        article.publishedAt(),
                        article.author(),
                        article.language(),
                        article.paragraphs(),
                        article.contentHash(),
                        article.nearDuplicateOf(),
                        article.tags(),
                        article.parts(),
                        article.entities(),
                        article.regions(),
                        article.topics(),
                        article.primaryTopic(),
                        article.keywords(),
                        article.summary(),
                        article.amounts(),
                        article.giProducts(),
                        article.enrichedAt(),
                        article.nlpVersion());

        Map<String, Object> doc = IndexDocument.of(withoutSource, segmenter, JSON);

        assertThat(doc)
                .containsEntry("publishedDate", null)
                .containsEntry("source", null)
                .containsEntry("primaryTopic", null)
                .containsEntry("topics", List.of());
    }

    @Test
    void theArticleIsStoredWholeAndReadsBackAsTheSameArticle() {
        ArticleEnriched article = teaArticle();

        Map<String, Object> doc = IndexDocument.of(article, segmenter, JSON);
        ArticleEnriched stored = JSON.convertValue(doc.get("article"), ArticleEnriched.class);

        assertThat(stored)
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(article);
        assertThat(stored.title()).isEqualTo("高山茶取得地理標誌 ABC合作社受益");
        assertThat(stored.paragraphs()).containsExactly("縣政府推動地理標誌保護，茶農收入明顯提高。", "今年共查處冒用標誌案件十二起。");
        assertThat(stored.amounts()).isNotEmpty();
    }

    private static List<String> words(Object field) {
        return new ArrayList<>(List.of(((String) field).split(" ")));
    }
}

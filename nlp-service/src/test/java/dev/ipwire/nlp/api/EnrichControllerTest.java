package dev.ipwire.nlp.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.nlp.enrichment.Enricher;
import dev.ipwire.nlp.enrichment.NlpVersion;
import dev.ipwire.nlp.security.NlpSecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The debugging endpoint over the real enrichment (HanLP included), without Kafka. */
@Import(NlpSecurityConfiguration.class)
@WebMvcTest(EnrichController.class)
class EnrichControllerTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class RealEnrichment {

        @Bean
        Enricher enricher() {
            return Enricher.createDefault();
        }
    }

    @Autowired private MockMvcTester mvc;

    private MvcTestResult post(String body) {
        return mvc.post()
                .uri("/api/v1/enrich")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    @Test
    void enrichesARealParagraph() {
        MvcTestResult result =
                post(
                        """
                        {"title": "专利质押助企发展",
                         "paragraphs": ["记者王小明报道，广西一家企业以三项发明专利作质押，从银行获得贷款3000万元。\
                        企业负责人李建国表示，这笔质押融资缓解了资金压力。"]}
                        """);

        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.entities.person[*].text")
                .asArray()
                .contains("王小明", "李建国");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.entities.place[*].text")
                .asArray()
                .contains("广西");
        assertThat(result).bodyJson().extractingPath("$.regions[0].code").isEqualTo("450000");
        assertThat(result).bodyJson().extractingPath("$.topics[0].name").isEqualTo("financing");
        assertThat(result).bodyJson().extractingPath("$.primaryTopic").isEqualTo("financing");
        assertThat(result).bodyJson().extractingPath("$.amounts[0].text").isEqualTo("3000万元");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.nlpVersion")
                .isEqualTo(new NlpVersion().value());
        assertThat(result).bodyJson().extractingPath("$.enrichedAt").isNotNull();
    }

    @Test
    void aTitleAloneIsEnough() {
        MvcTestResult result = post("{\"title\": \"地理标志产品保护成效显著\"}");

        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyJson()
                .extractingPath("$.topics[0].name")
                .isEqualTo("geographic_indication");
    }

    @Test
    void anEmptyBodyIsAProblemThatSaysWhatToSend() {
        MvcTestResult result = post("");

        assertProblem(result);
    }

    @Test
    void aBodyWithoutContentTypeOrContentIsTheSameProblem() {
        assertProblem(mvc.post().uri("/api/v1/enrich").exchange());
    }

    @Test
    void aRequestWithNeitherTitleNorParagraphsIsAProblem() {
        assertProblem(post("{\"title\": \"  \", \"paragraphs\": []}"));
        assertProblem(post("{}"));
    }

    @Test
    void nullParagraphsAreSkippedNotAServerError() {
        MvcTestResult result = post("{\"paragraphs\": [null, \"企业以专利质押获得银行贷款。\", null]}");

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.summary").isEqualTo("企业以专利质押获得银行贷款。");
    }

    @Test
    void onlyNullParagraphsAreNothingToEnrich() {
        assertProblem(post("{\"paragraphs\": [null]}"));
    }

    @Test
    void malformedJsonIsABadRequestProblemNotAServerError() {
        MvcTestResult result = post("{\"title\": ");

        assertThat(result)
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(400);
    }

    private static void assertProblem(MvcTestResult result) {
        assertThat(result)
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(400);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("\"title\"", "\"paragraphs\"");
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Nothing to enrich");
    }
}

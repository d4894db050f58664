package dev.ipwire.search.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editor page at {@code /} and its assets, served beside the API without shadowing it: unknown
 * paths stay problem+json 404s. The index is replaced by mocks; the page itself is exercised in a
 * real browser by the system tests (EditorPageIT).
 */
@Import(SearchSecurityConfiguration.class)
@WebMvcTest
class EditorPageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ASSET_REFERENCE =
            Pattern.compile("(?:src|href)=\"(/assets/[^\"]+)\"");
    private static final Pattern MODULE_IMPORT =
            Pattern.compile("(?:from|import)\\s*'\\./([A-Za-z0-9_-]+\\.js)'");

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

    private MockHttpServletResponse call(String uri, String accept) throws Exception {
        return mvc.perform(get(uri).header("Accept", accept)).andReturn().getResponse();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void rootIsTheChinesePageWithAStrictContentSecurityPolicy() throws Exception {
        MockHttpServletResponse page = call("/", "text/html");

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentType()).startsWith("text/html").containsIgnoringCase("utf-8");
        assertThat(text(page))
                .contains("<html lang=\"zh-CN\">")
                .contains("<script type=\"module\" src=\"/assets/main.js\">")
                .contains("<label for=\"q\">检索词</label>")
                .doesNotContain("http://", "https://");
        assertThat(page.getHeader("Content-Security-Policy"))
                .contains("script-src 'self'")
                .contains("default-src 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.getHeader("Cache-Control")).contains("no-cache");
        assertThat(call("/index.html", "*/*").getStatus()).isEqualTo(200);
    }

    @Test
    void everyAssetThePageLoadsIsServedWithItsTypeAndNothingComesFromElsewhere() throws Exception {
        String page = text(call("/", "text/html"));
        Set<String> assets = new LinkedHashSet<>();
        Matcher references = ASSET_REFERENCE.matcher(page);
        while (references.find()) {
            assets.add(references.group(1));
        }
        assertThat(assets).contains("/assets/main.js", "/assets/editor.css");

        Deque<String> toLoad = new ArrayDeque<>(assets);
        Set<String> loaded = new LinkedHashSet<>();
        while (!toLoad.isEmpty()) {
            String path = toLoad.pop();
            if (!loaded.add(path)) {
                continue;
            }
            MockHttpServletResponse asset = call(path, "*/*");
            assertThat(asset.getStatus()).as(path).isEqualTo(200);
            // The SVG namespace is a name, not a download.
            String body = text(asset).replace("'http://www.w3.org/2000/svg'", "");
            assertThat(body).as(path).doesNotContain("http://", "https://", "//cdn");
            if (path.endsWith(".js")) {
                assertThat(asset.getContentType()).as(path).contains("javascript");
                // Text from the API becomes text nodes; nothing parses strings as markup or code.
                assertThat(body)
                        .as(path)
                        .doesNotContainPattern("\\.(inner|outer)HTML\\s*[+]?=")
                        .doesNotContain(
                                "insertAdjacentHTML", "document.write", "eval(", "new Function");
                Matcher imports = MODULE_IMPORT.matcher(body);
                while (imports.find()) {
                    toLoad.add("/assets/" + imports.group(1));
                }
            } else if (path.endsWith(".css")) {
                assertThat(asset.getContentType()).as(path).startsWith("text/css");
            }
        }
        assertThat(loaded)
                .as("the page's module graph")
                .contains(
                        "/assets/api.js",
                        "/assets/html.js",
                        "/assets/state.js",
                        "/assets/results.js",
                        "/assets/facets.js",
                        "/assets/article.js",
                        "/assets/trends.js",
                        "/assets/suggest.js");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/no-such-endpoint",
                "/api/v2/search",
                "/no-such-page",
                "/assets/no-such-file.js",
                "/assets/../application.yaml",
                "/ipwire/page/index.html",
                "/static/index.html",
                "/application.yaml"
            })
    void unknownPathsAreProblemNotFoundEvenForABrowser(String path) throws Exception {
        for (String accept :
                new String[] {"application/json", "text/html,application/xhtml+xml,*/*;q=0.8"}) {
            MockHttpServletResponse response = call(path, accept);

            assertThat(response.getStatus()).as("%s (%s)", path, accept).isEqualTo(404);
            assertThat(response.getContentType())
                    .as("%s (%s)", path, accept)
                    .startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(text(response));
            assertThat(problem.path("status").asInt()).isEqualTo(404);
            assertThat(problem.path("detail").asString()).isNotBlank();
        }
    }

    @Test
    void theApiIsStillAnsweredByItsControllers() throws Exception {
        when(reader.find("kept-id")).thenReturn(Optional.empty());

        MockHttpServletResponse response = call("/api/v1/articles/kept-id", "application/json");

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(text(response)).path("title").asString())
                .isEqualTo("Article not found");
        assertThat(call("/api/v1/search?size=0", "application/json").getStatus()).isEqualTo(400);
    }
}

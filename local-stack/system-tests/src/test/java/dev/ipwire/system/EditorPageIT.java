package dev.ipwire.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ipwire.stack.StackConfig;
import dev.ipwire.stack.StackLayout;
import dev.ipwire.stack.cli.IpwireSystem;
import dev.ipwire.stack.cli.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The editor page at {@code /} of search-service, in a real headless chromium, on the whole system
 * as {@code ./ipwire up} runs it (a real Kafka broker, a real Elasticsearch node and the three
 * service jars). Articles written for this test are posted to ingest-service; the page must show
 * what the search API answers for them. The trend chart and the suggestions are checked against
 * their endpoints when those answer 200; when they do not, the page must degrade quietly. The
 * chart's drawing is also checked on a sample of the documented trends shape, endpoint or not.
 *
 * <p>Skipped when chromium or chromedriver is not installed. Leaves {@code target/editor-page.png}
 * (1280 px wide) and {@code target/editor-page-narrow.png} (390 px).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditorPageIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String QUERY = "知识产权";
    private static final String GI = "geographic_indication";

    private static final Http http = new Http();
    private static Chromium chromium;
    private static IpwireSystem system;
    private static String ingest;
    private static String search;
    private static ChromeDriver browser;
    private static final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeAll
    static void startTheSystemAndABrowser() throws Exception {
        Optional<Chromium> installed = Chromium.installed();
        assumeTrue(
                installed.isPresent(),
                "chromium and chromedriver are not installed (apt-get install chromium"
                        + " chromium-driver, or set IPWIRE_CHROMIUM and IPWIRE_CHROMEDRIVER);"
                        + " skipping the editor page browser test");
        chromium = installed.get();
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "page-");
        int ingestPort = StackConfig.freePort();
        int nlpPort = StackConfig.freePort();
        int searchPort = StackConfig.freePort();
        system =
                IpwireSystem.start(
                        StackConfig.forTests(home),
                        StackLayout.discover(),
                        (kafka, es) -> Services.specs(kafka, es, ingestPort, nlpPort, searchPort));
        ingest = system.url("ingest-service");
        search = system.url("search-service");

        for (NewsDesk.Story story : NewsDesk.all()) {
            Http.Response posted = http.postJson(ingest + "/api/v1/articles", story.request());
            assertThat(posted.status()).as(posted.body()).isEqualTo(202);
            ids.put(story.key(), posted.json().get("id").asString());
        }
        awaitAllSearchable();
        browser = chromium.start(1280, 1000, home.resolve("chromium-profile"));
    }

    @AfterAll
    static void stopEverything() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (system != null) {
                system.close();
            }
        }
    }

    @Test
    @Order(1)
    void theServiceAnswersThePageAtRootAndProblemsForUnknownApiPaths() throws Exception {
        Http.Response page = http.get(search + "/");
        Http.Response unknown = http.get(search + "/api/v1/no-such-endpoint");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("知识产权新闻检索");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("detail").asString()).isNotBlank();
    }

    @Test
    @Order(2)
    void typingAQueryShowsHighlightedResultsAndTheUrlCarriesIt() throws Exception {
        browser.get(search + "/");
        awaitSearched();
        assertThat(browser.getTitle()).contains("知识产权新闻检索");
        assertThat(label("q")).isEqualTo("检索词");

        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys(QUERY, Keys.ENTER);

        JsonNode expected = api("q=" + Http.query(QUERY));
        assertThat(expected.get("total").asLong()).isEqualTo(NewsDesk.all().size());
        awaitHits(hitIds(expected));
        assertThat(browser.getCurrentUrl()).contains("q=" + Http.query(QUERY));
        assertThat(text(By.id("summary"))).contains("共 " + NewsDesk.all().size() + " 篇");

        List<WebElement> marks = browser.findElements(By.cssSelector("#hits .highlight em"));
        assertThat(marks).isNotEmpty();
        assertThat(marks).allSatisfy(em -> assertThat(QUERY).contains(em.getText()));
        assertThat(texts(By.cssSelector("#hits .highlight")))
                .isNotEmpty()
                .noneMatch(fragment -> fragment.contains("<em>") || fragment.contains("&lt;"));
        assertThat(texts(By.cssSelector("#hits .hit-title")))
                .containsExactlyElementsOf(titles(expected));
    }

    @Test
    @Order(3)
    void pagingShowsTheNextPageOfTheSameSearch() throws Exception {
        assertThat(text(By.id("page-status"))).isEqualTo("第 1 / 2 页");

        browser.findElement(By.id("next")).click();

        awaitHits(hitIds(api("q=" + Http.query(QUERY) + "&page=2")));
        assertThat(browser.getCurrentUrl()).contains("page=2");
        assertThat(text(By.id("page-status"))).isEqualTo("第 2 / 2 页");
        assertThat(browser.findElement(By.id("next")).isEnabled()).isFalse();

        browser.findElement(By.id("prev")).click();

        awaitHits(hitIds(api("q=" + Http.query(QUERY))));
        assertThat(browser.getCurrentUrl()).doesNotContain("page=");
    }

    @Test
    @Order(4)
    void theTrendChartDrawsABarPerMonthWhenTheTrendsEndpointAnswers() throws Exception {
        Http.Response trends =
                http.get(search + "/api/v1/trends?q=" + Http.query(QUERY) + "&interval=month");
        WebElement section = browser.findElement(By.id("trend"));
        if (trends.status() == 200) {
            JsonNode buckets = trends.json().get("buckets");
            wait(
                    d ->
                            d.findElements(By.cssSelector("#trend svg.trend-chart rect.bar")).size()
                                    == buckets.size());
            List<WebElement> bars =
                    browser.findElements(By.cssSelector("#trend svg.trend-chart rect.bar"));
            assertThat(bars).hasSize(buckets.size()).isNotEmpty();
            assertThat(bars)
                    .anySatisfy(
                            bar ->
                                    assertThat(Double.parseDouble(bar.getAttribute("height")))
                                            .isPositive());
            assertThat(section.getAttribute("data-state")).isEqualTo("ready");
        } else {
            // Not in this build yet: the page says so and everything else works.
            wait(d -> "unavailable".equals(section.getAttribute("data-state")));
            assertThat(text(By.id("trend-body"))).contains("趋势图暂不可用");
            assertThat(browser.findElements(By.cssSelector("#trend rect.bar"))).isEmpty();
        }
    }

    @Test
    @Order(5)
    void aFacetNarrowsTheResultsSurvivesAReloadAndCanBeRemoved() throws Exception {
        JsonNode all = api("q=" + Http.query(QUERY));
        JsonNode geographic = api("q=" + Http.query(QUERY) + "&topic=" + GI);
        assertThat(hitIds(geographic)).contains(ids.get("mango"));
        assertThat(geographic.get("total").asLong()).isLessThan(all.get("total").asLong());

        WebElement facet = facetButton("topic", GI);
        assertThat(facet.getText()).contains("地理标志");
        facet.click();

        awaitHits(hitIds(geographic));
        assertThat(browser.getCurrentUrl()).contains("topic=" + GI);
        assertThat(facetButton("topic", GI).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(texts(By.cssSelector("#active-filters .chip"))).hasSize(1);
        assertThat(text(By.cssSelector("#active-filters .chip"))).contains("主题：地理标志");

        // The URL is the view: opening it anew shows the same.
        browser.navigate().to(browser.getCurrentUrl());
        awaitHits(hitIds(geographic));
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo(QUERY);
        assertThat(text(By.cssSelector("#active-filters .chip"))).contains("地理标志");

        browser.findElement(By.cssSelector("#active-filters .chip")).click();

        awaitHits(hitIds(all));
        assertThat(browser.getCurrentUrl()).doesNotContain("topic=");
        assertThat(browser.findElements(By.cssSelector("#active-filters .chip"))).isEmpty();
    }

    @Test
    @Order(6)
    void sortingByDateAndADateRangeFollowTheApi() throws Exception {
        new Select(browser.findElement(By.id("sort"))).selectByValue("date");

        awaitHits(hitIds(api("q=" + Http.query(QUERY) + "&sort=date")));
        assertThat(browser.getCurrentUrl()).contains("sort=date");

        browser.get(search + "/?q=" + Http.query(QUERY) + "&from=2024-05-01&to=2024-05-31");

        JsonNode may = api("q=" + Http.query(QUERY) + "&from=2024-05-01&to=2024-05-31");
        assertThat(hitIds(may)).containsExactlyInAnyOrder(ids.get("tea"), ids.get("pledge"));
        awaitHits(hitIds(may));
        assertThat(browser.findElement(By.id("from")).getAttribute("value"))
                .isEqualTo("2024-05-01");
        assertThat(text(By.cssSelector("#active-filters .chip")))
                .contains("2024-05-01")
                .contains("2024-05-31");
    }

    @Test
    @Order(7)
    void badInputShowsTheApisProblemToTheEditor() {
        browser.get(search + "/?q=" + Http.query(QUERY) + "&from=2024-06-02&to=2024-06-01");

        wait(d -> d.findElement(By.id("error")).isDisplayed());
        assertThat(text(By.id("error"))).startsWith("检索条件有误").contains("2024-06-02");
        assertThat(browser.findElement(By.id("error")).getAttribute("role")).isEqualTo("alert");
        assertThat(browser.findElements(By.cssSelector("#hits .hit"))).isEmpty();
    }

    @Test
    @Order(8)
    void anArticleOpensByKeyboardWithItsEntitiesTopicsAndEvidence() throws Exception {
        String mango = ids.get("mango");
        browser.get(search + "/?q=" + Http.query(QUERY) + "&topic=" + GI);
        awaitHits(hitIds(api("q=" + Http.query(QUERY) + "&topic=" + GI)));

        WebElement link =
                browser.findElement(By.cssSelector("#hits .hit-title[data-id='" + mango + "']"));
        link.sendKeys(Keys.ENTER);

        wait(d -> mango.equals(d.findElement(By.id("article")).getAttribute("data-article")));
        JsonNode article = http.get(search + "/api/v1/articles/" + mango).json();
        assertThat(text(By.id("article-title"))).isEqualTo(NewsDesk.MANGO.title());
        assertThat(browser.getCurrentUrl()).contains("article=" + mango);
        assertThat(browser.switchTo().activeElement().getAttribute("id"))
                .as("focus moves to the article")
                .isEqualTo("article-title");
        assertThat(text(By.cssSelector("#article .article-meta")))
                .contains("右江日报")
                .contains("2024-03-12");

        for (String type : List.of("person", "place", "organization")) {
            assertThat(
                            texts(
                                    By.cssSelector(
                                            "#article .entity-group[data-type='"
                                                    + type
                                                    + "'] .entity-text")))
                    .as("%s entities", type)
                    .containsExactlyElementsOf(values(article.at("/entities/" + type), "text"));
        }
        assertThat(
                        texts(
                                By.cssSelector(
                                        "#article .entity-group[data-type='person']"
                                                + " .entity-text")))
                .contains("黄志远");

        List<String> topicNames = values(article.get("topics"), "name");
        assertThat(topicNames).contains(GI);
        assertThat(
                        browser.findElements(By.cssSelector("#article li.topic")).stream()
                                .map(li -> li.getAttribute("data-topic"))
                                .toList())
                .containsExactlyInAnyOrderElementsOf(topicNames);
        WebElement giTopic = browser.findElement(By.cssSelector("#article li.topic-" + GI));
        assertThat(giTopic.getText()).contains("地理标志").contains("置信度");
        List<String> evidence = values(topic(article, GI).get("evidence"), null);
        assertThat(evidence).isNotEmpty();
        assertThat(texts(By.cssSelector("#article li.topic-" + GI + " .evidence li")))
                .containsExactlyElementsOf(evidence);
        assertThat(text(By.cssSelector("#article .topic .primary-mark"))).isEqualTo("主要主题");
        assertThat(
                        browser.findElement(By.cssSelector("#article .primary-mark"))
                                .findElement(By.xpath("ancestor::li[1]"))
                                .getAttribute("data-topic"))
                .isEqualTo(article.get("primaryTopic").asString());

        for (String region : values(article.get("regions"), "name")) {
            assertThat(text(By.cssSelector("#article .article-regions"))).contains(region);
        }
        assertThat(browser.findElements(By.cssSelector("#article .article-paragraphs p")))
                .hasSize(article.get("paragraphs").size());
        for (String keyword : values(article.get("keywords"), null)) {
            assertThat(text(By.cssSelector("#article .article-keywords"))).contains(keyword);
        }
        for (String product : values(article.get("giProducts"), null)) {
            assertThat(text(By.cssSelector("#article .article-gi-products"))).contains(product);
        }

        saveScreenshot("editor-page.png");

        browser.findElement(By.id("article-title")).sendKeys(Keys.ESCAPE);
        wait(d -> !d.findElement(By.id("article")).isDisplayed());
        assertThat(browser.getCurrentUrl()).doesNotContain("article=");
    }

    @Test
    @Order(9)
    void suggestionsCompleteTheQueryWhenTheSuggestEndpointAnswers() throws Exception {
        browser.get(search + "/");
        awaitSearched();
        WebElement box = browser.findElement(By.id("q"));
        Http.Response answer = http.get(search + "/api/v1/suggest?prefix=" + Http.query("百色"));
        JsonNode suggestions = answer.json().path("suggestions");

        box.sendKeys("百色");

        if (answer.status() == 200 && !suggestions.isEmpty()) {
            wait(d -> d.findElement(By.id("suggestions")).isDisplayed());
            assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
            List<String> shown =
                    texts(By.cssSelector("#suggestions [role='option'] .suggestion-text"));
            assertThat(shown).isNotEmpty();
            assertThat(shown.getFirst()).isEqualTo(suggestions.get(0).get("text").asString());

            box.sendKeys(Keys.ARROW_DOWN);
            assertThat(box.getAttribute("aria-activedescendant")).isEqualTo("suggestion-0");
            box.sendKeys(Keys.ENTER);

            wait(d -> d.getCurrentUrl().contains("q=" + Http.query(shown.getFirst())));
            assertThat(box.getAttribute("value")).isEqualTo(shown.getFirst());
            awaitHits(hitIds(api("q=" + Http.query(shown.getFirst()))));
        } else {
            // No suggestions here: the box is a plain search field and searching still works.
            box.sendKeys(Keys.ENTER);
            List<String> expected = hitIds(api("q=" + Http.query("百色")));
            assertThat(expected).contains(ids.get("mango"));
            awaitHits(expected);
            assertThat(browser.findElement(By.id("suggestions")).isDisplayed()).isFalse();
            assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        }
        assertThat(browser.findElement(By.id("suggestions")).isDisplayed()).isFalse();
    }

    @Test
    @Order(10)
    void highlightsRenderOnlyEmAsMarkup() {
        Object result =
                ((JavascriptExecutor) browser)
                        .executeAsyncScript(
                                """
                                const done = arguments[arguments.length - 1];
                                import('/assets/html.js').then(({ appendHighlight }) => {
                                  const p = document.createElement('p');
                                  appendHighlight(p, '&ldquo;<em>地理标志</em>&rdquo;'
                                      + '&lt;script&gt;x()&lt;/script&gt;<img src=x onerror=alert(1)>'
                                      + '<em onclick="x()">A&amp;B</em><b>粗</b>');
                                  done({
                                    ems: [...p.querySelectorAll('em')].map(e => e.textContent),
                                    elements: p.querySelectorAll('*').length,
                                    attributes: [...p.querySelectorAll('*')].some(e => e.attributes.length > 0),
                                    text: p.textContent,
                                  });
                                }, (e) => done({ error: String(e) }));
                                """);

        @SuppressWarnings("unchecked")
        Map<String, Object> rendered = (Map<String, Object>) result;
        assertThat(rendered).doesNotContainKey("error");
        assertThat(rendered.get("ems")).isEqualTo(List.of("地理标志"));
        assertThat(rendered.get("elements")).isEqualTo(1L);
        assertThat(rendered.get("attributes")).isEqualTo(false);
        assertThat((String) rendered.get("text"))
                .isEqualTo(
                        "“地理标志”<script>x()</script><img src=x onerror=alert(1)>"
                                + "<em onclick=\"x()\">A&B<b>粗</b>");
    }

    @Test
    @Order(11)
    @SuppressWarnings("unchecked")
    void theChartDrawsTheDocumentedTrendsShapeAndSwitchesSeries() {
        browser.get(search + "/?q=" + Http.query(QUERY));
        awaitSearched();
        // The page's own trend request must have settled before the chart is drawn from a sample.
        wait(d -> !"loading".equals(d.findElement(By.id("trend")).getAttribute("data-state")));

        Map<String, Object> drawn =
                (Map<String, Object>)
                        ((JavascriptExecutor) browser)
                                .executeAsyncScript(
                                        """
                                        const done = arguments[arguments.length - 1];
                                        import('/assets/trends.js').then(({ renderTrend }) => {
                                          renderTrend({ interval: 'month', undated: 2, buckets: [
                                            { start: '2024-01-01', total: 2, topics: { protection: 2, financing: 0, geographic_indication: 0 } },
                                            { start: '2024-02-01', total: 0, topics: {} },
                                            { start: '2024-03-01', total: 4, topics: { protection: 1, financing: 1, geographic_indication: 3 } },
                                          ] }, { hrefFor: (c) => `/?from=${c.from}&to=${c.to}` });
                                          done({
                                            links: [...document.querySelectorAll('#trend svg a')].map((a) => a.getAttribute('href')),
                                            rows: document.querySelectorAll('#trend table tbody tr').length,
                                          });
                                        }, (e) => done({ error: String(e) }));
                                        """);

        assertThat(drawn).doesNotContainKey("error");
        assertThat(barHeights()).hasSize(3);
        assertThat(barHeights().get(0)).isPositive();
        assertThat(barHeights().get(1)).isZero();
        assertThat(barHeights().get(2)).isEqualTo(2 * barHeights().get(0));
        assertThat(drawn.get("links"))
                .isEqualTo(
                        List.of(
                                "/?from=2024-01-01&to=2024-01-31",
                                "/?from=2024-02-01&to=2024-02-29",
                                "/?from=2024-03-01&to=2024-03-31"));
        assertThat(drawn.get("rows")).isEqualTo(3L);
        assertThat(text(By.id("trend-body"))).contains("另有 2 篇文章没有日期");
        assertThat(browser.findElement(By.cssSelector("#trend svg")).getAttribute("aria-label"))
                .contains("2024年1月")
                .contains("2024年3月");

        browser.findElement(By.cssSelector("#trend input[value='" + GI + "']")).click();

        wait(d -> barHeights().get(0) == 0.0);
        assertThat(barHeights().get(2)).isPositive();
        assertThat(browser.findElement(By.cssSelector("#trend rect.bar")).getAttribute("class"))
                .contains("series-" + GI);
    }

    @Test
    @Order(12)
    void onANarrowScreenEverythingFitsAndTheArticleReplacesTheList() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            String mango = ids.get("mango");
            browser.get(search + "/?q=" + Http.query(QUERY) + "&topic=" + GI);
            awaitHits(hitIds(api("q=" + Http.query(QUERY) + "&topic=" + GI)));
            assertThat(horizontalOverflow())
                    .as("page wider than the screen")
                    .isLessThanOrEqualTo(0);
            assertThat(browser.findElement(By.cssSelector(".facets")).isDisplayed()).isTrue();

            browser.findElement(By.cssSelector("#hits .hit-title[data-id='" + mango + "']"))
                    .click();
            wait(d -> mango.equals(d.findElement(By.id("article")).getAttribute("data-article")));
            assertThat(browser.findElement(By.id("hits")).isDisplayed()).isFalse();
            assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
            saveScreenshot("editor-page-narrow.png");

            browser.findElement(By.id("close-article")).click();
            wait(d -> d.findElement(By.id("hits")).isDisplayed());
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    @Order(13)
    void markupInAnArticleShowsAsTextAndNeverRuns() throws Exception {
        String word = "蝌蚪文标本";
        String title =
                word
                        + "<script>window.__xss='title'</script><img src=x"
                        + " onerror=\"window.__xss='img'\">";
        String paragraph =
                "第一段提到"
                        + word
                        + "：<script>window.__xss = 'paragraph'</script>"
                        + "<img src=x onerror=\"window.__xss='onerror'\">"
                        + "<svg onload=\"window.__xss='svg'\"></svg><em>不是高亮</em>。";
        Http.Response posted =
                http.postJson(
                        ingest + "/api/v1/articles",
                        Map.of(
                                "content",
                                title + "\n" + paragraph + "\n" + "第二段再写" + word + "的整理经过。",
                                "format",
                                "text",
                                "source",
                                "测试报",
                                "publishedAt",
                                "2024-06-01",
                                "externalId",
                                "editor-page-it-xss"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(202);
        String id = posted.json().get("id").asString();
        Instant deadline = Instant.now().plusSeconds(120);
        while (!hitIds(api("q=" + Http.query(word))).contains(id)) {
            assertThat(Instant.now()).as("the article never became searchable").isBefore(deadline);
            Thread.sleep(250);
        }

        browser.get(search + "/?q=" + Http.query(word));
        awaitHits(List.of(id));
        browser.findElement(By.cssSelector("#hits .hit-title[data-id='" + id + "']")).click();
        wait(d -> id.equals(d.findElement(By.id("article")).getAttribute("data-article")));

        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("return window.__xss === undefined ? null : window.__xss"))
                .as("no payload ran")
                .isNull();
        assertThat(
                        js.executeScript(
                                "return document.querySelectorAll('#hits script, #hits img,"
                                        + " #hits svg, #article script, #article img,"
                                        + " #article svg').length"))
                .isEqualTo(0L);
        assertThat(
                        js.executeScript(
                                "return [...document.querySelectorAll('#hits .highlight em')]"
                                        + ".every(e => e.attributes.length === 0"
                                        + " && e.children.length === 0)"))
                .isEqualTo(true);
        assertThat(text(By.id("article-title"))).contains("<script>").contains("onerror");
        assertThat(text(By.id("article")))
                .contains("<img src=x onerror=")
                .contains("<svg onload=")
                .contains("<em>不是高亮</em>");
        assertThat(texts(By.cssSelector("#hits .hit-title"))).anyMatch(t -> t.contains("<script>"));
    }

    @Test
    @Order(14)
    void theBrowserReportedNoScriptErrorsOrBlockedContent() {
        List<String> problems = new ArrayList<>();
        List<LogEntry> console = browser.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(console)
                .as("the console is captured: the rejected date range above was logged")
                .anyMatch(entry -> entry.getMessage().contains("400"));
        for (LogEntry entry : console) {
            String message = entry.getMessage();
            boolean expectedHttpError = message.contains("Failed to load resource");
            if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
                    && !expectedHttpError) {
                problems.add(message);
            }
        }
        assertThat(problems).isEmpty();
    }

    // ---- helpers

    private static void awaitAllSearchable() throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            JsonNode results = api("size=100");
            if (hitIds(results).containsAll(ids.values())) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not every article became searchable: " + ids);
    }

    private static JsonNode api(String parameters) throws Exception {
        Http.Response response = http.get(search + "/api/v1/search?" + parameters);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> hitIds(JsonNode results) {
        return values(results.get("hits"), "id");
    }

    private static List<String> titles(JsonNode results) {
        return values(results.get("hits"), "title");
    }

    private static List<String> values(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        if (items != null) {
            for (JsonNode item : items) {
                values.add(field == null ? item.asString() : item.get(field).asString());
            }
        }
        return values;
    }

    private static JsonNode topic(JsonNode article, String name) {
        for (JsonNode topic : article.get("topics")) {
            if (name.equals(topic.get("name").asString())) {
                return topic;
            }
        }
        throw new AssertionError("no topic " + name + " in " + article.get("topics"));
    }

    private static <T> T wait(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, WAIT).until(condition);
    }

    private static void awaitSearched() {
        wait(d -> d.findElement(By.tagName("body")).getAttribute("data-searched") != null);
    }

    /** Waits until the page shows exactly these hits, in this order, and is not busy. */
    @SuppressWarnings("unchecked")
    private static void awaitHits(List<String> expected) {
        wait(
                d ->
                        expected.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "const list = document.getElementById('hits'); if"
                                                    + " (list.getAttribute('aria-busy') === 'true')"
                                                    + " return null; return"
                                                    + " [...list.querySelectorAll(':scope >"
                                                    + " li.hit')].map(li => li.dataset.id);")));
    }

    private static WebElement facetButton(String facet, String value) {
        return browser.findElement(
                By.cssSelector(
                        "#facets button.facet-value[data-facet='"
                                + facet
                                + "'][data-value='"
                                + value
                                + "']"));
    }

    private static String label(String inputId) {
        return browser.findElement(By.cssSelector("label[for='" + inputId + "']")).getText();
    }

    private static String text(By selector) {
        return browser.findElement(selector).getText();
    }

    private static List<String> texts(By selector) {
        return browser.findElements(selector).stream().map(WebElement::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Double> barHeights() {
        return ((List<Object>)
                        ((JavascriptExecutor) browser)
                                .executeScript(
                                        "return [...document.querySelectorAll('#trend rect.bar')]"
                                                + ".map((b) => Number(b.getAttribute('height')));"))
                .stream().map(n -> ((Number) n).doubleValue()).toList();
    }

    private static long horizontalOverflow() {
        return (Long)
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "return document.documentElement.scrollWidth - window.innerWidth;");
    }

    private static void saveScreenshot(String name) throws Exception {
        Path file = Path.of("target", name).toAbsolutePath();
        Files.copy(
                browser.getScreenshotAs(OutputType.FILE).toPath(),
                file,
                StandardCopyOption.REPLACE_EXISTING);
    }
}

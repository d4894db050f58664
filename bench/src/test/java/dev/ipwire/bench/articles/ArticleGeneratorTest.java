package dev.ipwire.bench.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {

    /** Traditional characters of the 繁體 queries, folded the way search folds them. */
    private static final Map<Character, Character> SIMPLIFIED =
            Map.of('識', '识', '產', '产', '權', '权', '專', '专', '標', '标', '誌', '志');

    private static List<GeneratedArticle> articles;

    @BeforeAll
    static void generate() {
        articles = new ArticleGenerator(42).generate(2000);
    }

    @Test
    void theSameSeedGivesTheSameArticles() {
        assertThat(new ArticleGenerator(7).generate(50))
                .isEqualTo(new ArticleGenerator(7).generate(50));
    }

    @Test
    void differentSeedsGiveDifferentArticles() {
        Set<String> first = contents(new ArticleGenerator(1).generate(50));
        Set<String> second = contents(new ArticleGenerator(2).generate(50));

        first.retainAll(second);
        assertThat(first).isEmpty();
    }

    @Test
    void noTwoArticlesOfAGeneratorAreTheSame() {
        assertThat(contents(articles)).hasSize(articles.size());
    }

    @Test
    void lengthsSpreadLikeNews() {
        int[] lengths = articles.stream().mapToInt(GeneratedArticle::characters).sorted().toArray();

        assertThat(lengths[0]).isGreaterThanOrEqualTo(200);
        assertThat(lengths[lengths.length - 1]).isLessThanOrEqualTo(6000);
        assertThat(lengths[lengths.length / 2]).isBetween(600, 1300);
        // Not all alike: some briefs, some long features.
        assertThat(lengths[lengths.length / 10]).isLessThan(500);
        assertThat(lengths[lengths.length * 9 / 10]).isGreaterThan(1500);
    }

    @Test
    void headlinesAreNewsLength() {
        assertThat(articles)
                .allSatisfy(
                        a ->
                                assertThat(a.title().codePointCount(0, a.title().length()))
                                        .isBetween(12, 30));
    }

    @Test
    void everySlotAndAlternativeIsFilled() {
        assertThat(articles)
                .allSatisfy(a -> assertThat(a.content()).doesNotContain("{", "}", "(", ")", "|"));
    }

    @Test
    void contentIsTheTitleLineThenBlankLineSeparatedParagraphs() {
        GeneratedArticle article = articles.get(0);

        String[] blocks = article.content().split("\n\n");

        assertThat(blocks[0]).isEqualTo(article.title()).doesNotContain("\n");
        assertThat(Arrays.asList(blocks).subList(1, blocks.length)).isEqualTo(article.paragraphs());
        assertThat(article.paragraphs().size()).isBetween(2, 26);
    }

    @Test
    void datesAndSourcesVary() {
        assertThat(articles)
                .allSatisfy(
                        a ->
                                assertThat(a.publishedAt())
                                        .isBetween(
                                                LocalDate.of(2023, 1, 1),
                                                LocalDate.of(2026, 12, 31)));
        assertThat(articles.stream().map(a -> a.publishedAt().getYear()).distinct()).hasSize(4);
        assertThat(articles.stream().map(GeneratedArticle::source).distinct().count())
                .isGreaterThan(10);
    }

    @Test
    void everyTopicFamilyAppears() {
        // Words that mostly the family's own templates write.
        Map<String, Pattern> markers =
                Map.of(
                        "patent", Pattern.compile("开放许可|专利导航|PCT|研发资金|专利转让"),
                        "trademark", Pattern.compile("驰名商标|恶意商标|集体商标|马德里"),
                        "copyright", Pattern.compile("著作权|版权|盗版"),
                        "gi", Pattern.compile("地理标志"),
                        "finance", Pattern.compile("质押|贷款|保险"),
                        "enforcement", Pattern.compile("假冒|海关|执法人员"),
                        "judicial", Pattern.compile("法院|检察院|判决"),
                        "policy", Pattern.compile("《|示范城市|实施方案"),
                        "services", Pattern.compile("宣传周|工作站|公共服务平台"));
        for (Map.Entry<String, Pattern> marker : markers.entrySet()) {
            long hits =
                    articles.stream()
                            .filter(a -> marker.getValue().matcher(a.content()).find())
                            .count();
            assertThat(hits).as(marker.getKey()).isGreaterThan(100);
        }
    }

    @Test
    void datelinesAppearInSomeArticles() {
        long withDateline =
                articles.stream()
                        .filter(a -> a.paragraphs().get(0).matches("^(本报|新华社|（|.{2,10}讯).*"))
                        .count();
        assertThat(withDateline).isBetween(400L, 1400L);
    }

    /** Ingest flags near-duplicates above 0.20 Jaccard of character 5-shingles. */
    @Test
    void almostNoPairIsANearDuplicate() {
        List<Set<String>> shingles =
                articles.subList(0, 200).stream().map(a -> shingles(a.content())).toList();
        int pairs = 0;
        int similar = 0;
        for (int i = 0; i < shingles.size(); i++) {
            for (int j = i + 1; j < shingles.size(); j++) {
                pairs++;
                if (jaccard(shingles.get(i), shingles.get(j)) > 0.20) {
                    similar++;
                }
            }
        }
        assertThat((double) similar / pairs).isLessThan(0.01);
    }

    @Test
    void everyQueryMatchesSomeArticles() throws IOException {
        List<String> queries = queries();
        assertThat(queries).hasSize(40);

        for (String query : queries) {
            List<String> required = new ArrayList<>();
            List<String> excluded = new ArrayList<>();
            for (String term : query.replace("\"", "").split("\\s+")) {
                if (term.startsWith("-")) {
                    excluded.add(term.substring(1));
                } else {
                    required.add(simplified(term));
                }
            }
            long hits =
                    articles.stream()
                            .map(GeneratedArticle::content)
                            .filter(text -> required.stream().allMatch(text::contains))
                            .filter(text -> excluded.stream().noneMatch(text::contains))
                            .count();
            assertThat(hits).as(query).isGreaterThan(0);
        }
    }

    private static List<String> queries() throws IOException {
        try (InputStream in =
                ArticleGeneratorTest.class.getResourceAsStream("/dev/ipwire/bench/queries.txt")) {
            assertThat(in).as("queries.txt").isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        }
    }

    private static String simplified(String term) {
        StringBuilder out = new StringBuilder(term.length());
        for (char c : term.toCharArray()) {
            out.append(SIMPLIFIED.getOrDefault(c, c));
        }
        return out.toString();
    }

    private static Set<String> contents(List<GeneratedArticle> list) {
        return list.stream()
                .map(GeneratedArticle::content)
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** Ingest's normalization (NFKC, lower case, letters and digits only), then 5-shingles. */
    private static Set<String> shingles(String text) {
        StringBuilder normalized = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFKC)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .forEach(normalized::appendCodePoint);
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + 5 <= normalized.length(); i++) {
            shingles.add(normalized.substring(i, i + 5));
        }
        return shingles;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int common = 0;
        for (String shingle : a) {
            if (b.contains(shingle)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}

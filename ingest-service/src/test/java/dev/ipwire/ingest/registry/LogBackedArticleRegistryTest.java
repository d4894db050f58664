package dev.ipwire.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.contracts.ArticleReceived;
import dev.ipwire.ingest.parsing.NewsDocumentParser;
import dev.ipwire.ingest.parsing.ParsedDocument;
import dev.ipwire.ingest.parsing.RawDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogBackedArticleRegistryTest {

    /** search-service as a test double: answers what the test sets, records the calls. */
    static final class FakeSearch implements SearchIndex {
        Lookup answer = new Missing();
        final List<String> asked = new ArrayList<>();

        @Override
        public Lookup lookup(String id) {
            asked.add(id);
            return answer;
        }
    }

    private final FakeSearch search = new FakeSearch();
    private final LogBackedArticleRegistry registry =
            new LogBackedArticleRegistry(new NearDuplicateDetector(), search);

    private static ArticleReceived article(
            String id, long revision, ParsedDocument document, String nearDuplicateOf) {
        return new ArticleReceived(
                1,
                id,
                revision,
                Instant.ofEpochMilli(revision),
                null,
                null,
                document.format(),
                document.title(),
                null,
                null,
                "zh-Hans",
                document.paragraphs(),
                "sha256:x",
                nearDuplicateOf,
                List.of(),
                null);
    }

    private static ParsedDocument parse(String text) {
        return new NewsDocumentParser().parse(new RawDocument(text, null, null));
    }

    @Test
    void unknownArticlesHaveNoStatusAndSearchIsNotAsked() {
        registry.enriched("only-enriched", 5);

        assertThat(registry.status("nope")).isEmpty();
        assertThat(registry.status("only-enriched")).isEmpty();
        assertThat(search.asked).isEmpty();
    }

    @Test
    void rememberedArticlesAreReceivedAtOnce() {
        ParsedDocument document = parse(NearDuplicateDetectorTest.ORIGINAL);
        registry.remember(article("a", 100, document, null));

        assertThat(registry.status("a"))
                .hasValueSatisfying(
                        status -> {
                            assertThat(status.state()).isEqualTo("received");
                            assertThat(status.revision()).isEqualTo(100);
                            assertThat(status.title()).isEqualTo(document.title());
                        });
        assertThat(search.asked).containsExactly("a");
    }

    @Test
    void walksThroughTheStagesOfTheLatestRevision() {
        ParsedDocument document = parse(NearDuplicateDetectorTest.ORIGINAL);
        registry.remember(article("a", 100, document, null));
        registry.received(article("a", 100, document, null)); // the log echoes it
        registry.enriched("a", 100);

        assertThat(registry.status("a").orElseThrow().state()).isEqualTo("enriched");

        search.answer = new SearchIndex.Indexed(100);
        ArticleStatus indexed = registry.status("a").orElseThrow();
        assertThat(indexed.state()).isEqualTo("indexed");
        assertThat(indexed.indexedRevision()).isEqualTo(100);

        // A new revision starts over.
        registry.received(article("a", 200, document, null));
        ArticleStatus newer = registry.status("a").orElseThrow();
        assertThat(newer.state()).isEqualTo("received");
        assertThat(newer.revision()).isEqualTo(200);
        assertThat(newer.enrichedRevision()).isEqualTo(100);
    }

    @Test
    void whenSearchDoesNotAnswerTheLastKnownIndexStateIsReported() {
        ParsedDocument document = parse(NearDuplicateDetectorTest.ORIGINAL);
        registry.received(article("a", 100, document, null));
        registry.enriched("a", 100);
        search.answer = new SearchIndex.Indexed(100);
        registry.status("a");

        search.answer = new SearchIndex.Unreachable("connection refused");
        ArticleStatus status = registry.status("a").orElseThrow();

        assertThat(status.state()).isEqualTo("indexed");
        assertThat(status.indexedRevision()).isEqualTo(100);
    }

    @Test
    void aDeadLetteredLatestRevisionFailsWithReasonAndStage() {
        ParsedDocument document = parse(NearDuplicateDetectorTest.ORIGINAL);
        registry.received(article("a", 100, document, null));
        registry.failed(
                "a",
                100L,
                PipelineStage.NLP,
                "UnsupportedArticleException: 没有中文正文",
                Instant.ofEpochMilli(150));

        ArticleStatus status = registry.status("a").orElseThrow();

        assertThat(status.state()).isEqualTo("failed");
        assertThat(status.failedStage()).isEqualTo("nlp");
        assertThat(status.reason()).isEqualTo("UnsupportedArticleException: 没有中文正文");
    }

    @Test
    void laterStagesMayArriveBeforeTheArticleItself() {
        ParsedDocument document = parse(NearDuplicateDetectorTest.ORIGINAL);
        // A replay reads the topics side by side: enriched and failed records can come first.
        registry.enriched("a", 100);
        registry.failed("b", 7L, PipelineStage.SEARCH, "index closed", Instant.ofEpochMilli(9));
        registry.received(article("a", 100, document, null));
        registry.received(article("b", 7, parse(NearDuplicateDetectorTest.OUTLET_STORY_A), null));

        assertThat(registry.status("a").orElseThrow().state()).isEqualTo("enriched");
        assertThat(registry.status("b").orElseThrow())
                .satisfies(
                        status -> {
                            assertThat(status.state()).isEqualTo("failed");
                            assertThat(status.failedStage()).isEqualTo("search");
                        });
    }

    @Test
    void anOlderRevisionFromTheLogDoesNotReplaceANewerOne() {
        ParsedDocument document = parse(NearDuplicateDetectorTest.ORIGINAL);
        registry.remember(article("a", 200, document, null));
        registry.received(article("a", 100, parse(NearDuplicateDetectorTest.OUTLET_STORY_A), null));

        assertThat(registry.status("a").orElseThrow().revision()).isEqualTo(200);
        // The index still holds revision 200's text.
        assertThat(registry.nearDuplicateOf("copy", document.title(), document.paragraphs()))
                .contains("a");
    }

    @Test
    void articlesFromOtherInstancesCountForNearDuplicates() {
        ParsedDocument original = parse(NearDuplicateDetectorTest.ORIGINAL);
        ParsedDocument republished = parse(NearDuplicateDetectorTest.REPUBLISHED);
        registry.received(article("theirs", 100, original, null));

        assertThat(registry.nearDuplicateOf("mine", republished.title(), republished.paragraphs()))
                .contains("theirs");
        assertThat(registry.status("theirs").orElseThrow().nearDuplicateOf()).isNull();

        registry.remember(article("mine", 200, republished, "theirs"));
        assertThat(registry.status("mine").orElseThrow().nearDuplicateOf()).isEqualTo("theirs");
    }

    @Test
    void aReSentOriginalStaysTheOriginalAndAReSentCopyStaysACopy() {
        ParsedDocument original = parse(NearDuplicateDetectorTest.ORIGINAL);
        ParsedDocument republished = parse(NearDuplicateDetectorTest.REPUBLISHED);
        // Two instances took both versions as originals, "other" received earlier.
        registry.remember(article("other", 50, republished, null));
        registry.remember(article("first", 100, original, null));
        registry.remember(article("second", 200, republished, "first"));

        assertThat(registry.nearDuplicateOf("first", original.title(), original.paragraphs()))
                .isEmpty();
        assertThat(
                        registry.nearDuplicateOf(
                                "second", republished.title(), republished.paragraphs()))
                .contains("first");
    }
}

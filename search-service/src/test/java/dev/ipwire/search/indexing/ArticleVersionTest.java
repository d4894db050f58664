package dev.ipwire.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The order of index writes: revision first, then enrichment generation. */
class ArticleVersionTest {

    /** A revision as ingest hands them out: epoch milliseconds. */
    private static final long NOW = 1_795_334_400_123L;

    @ParameterizedTest
    @CsvSource({
        // older revision, however often re-enriched, never beats a newer revision
        "1795334400122, 1048575, 1795334400123, 0",
        "1, 1048575, 2, 0",
        // same revision: the later enrichment wins
        "1795334400123, 0, 1795334400123, 1",
        "1795334400123, 7, 1795334400123, 8",
    })
    void theSecondOutranksTheFirst(long rev1, int gen1, long rev2, int gen2) {
        ArticleVersion first = new ArticleVersion(rev1, gen1);
        ArticleVersion second = new ArticleVersion(rev2, gen2);

        assertThat(second.external()).isGreaterThan(first.external());
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void theSameEnrichmentWrittenAgainHasTheSameVersion() {
        assertThat(new ArticleVersion(NOW, 3).external())
                .isEqualTo(new ArticleVersion(NOW, 3).external());
    }

    @Test
    void theOrderOfVersionsIsTheOrderOfRevisionThenGeneration() {
        Random random = new Random(6);
        List<ArticleVersion> versions = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            long revision =
                    random.nextInt(4) == 0
                            ? random.nextLong(ArticleVersion.MAX_REVISION + 1)
                            : NOW + random.nextInt(5);
            int generation =
                    random.nextInt(4) == 0 ? ArticleVersion.MAX_GENERATION : random.nextInt(3);
            versions.add(new ArticleVersion(revision, generation));
        }
        for (int i = 1; i < versions.size(); i++) {
            ArticleVersion a = versions.get(i - 1);
            ArticleVersion b = versions.get(i);
            int expected =
                    a.revision() != b.revision()
                            ? Long.compare(a.revision(), b.revision())
                            : Integer.compare(a.generation(), b.generation());
            assertThat(Integer.signum(Long.compare(a.external(), b.external())))
                    .as("%s vs %s", a, b)
                    .isEqualTo(Integer.signum(expected));
            assertThat(a.external()).isNotNegative();
        }
    }

    @Test
    void aStoredVersionReadsBackAsTheRevisionAndGenerationWrittenWithIt() {
        ArticleVersion written = new ArticleVersion(NOW, 5);

        assertThat(ArticleVersion.fromStored(written.external(), NOW)).isEqualTo(written);
        assertThat(ArticleVersion.fromStored(written.external(), NOW).nextGeneration())
                .isEqualTo(new ArticleVersion(NOW, 6));
    }

    @Test
    void aDocumentWrittenBeforeGenerationsReadsAsTheFirstAndIsOutrankedByAnyNewWrite() {
        // before generations the version was the bare revision
        ArticleVersion old = ArticleVersion.fromStored(NOW, NOW);

        assertThat(old).isEqualTo(new ArticleVersion(NOW, 0));
        assertThat(new ArticleVersion(NOW, 0).external()).isGreaterThan(NOW);
    }

    @Test
    void theHighestRevisionStillFitsAndOneMoreDoesNot() {
        ArticleVersion highest =
                new ArticleVersion(ArticleVersion.MAX_REVISION, ArticleVersion.MAX_GENERATION);

        assertThat(highest.external()).isPositive().isLessThan(Long.MAX_VALUE);
        assertThatThrownBy(() -> new ArticleVersion(ArticleVersion.MAX_REVISION + 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("revision");
        assertThatThrownBy(() -> new ArticleVersion(NOW, ArticleVersion.MAX_GENERATION + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("enrichmentGeneration");
        // epoch milliseconds fit until the year 2248
        assertThat(java.time.Instant.ofEpochMilli(ArticleVersion.MAX_REVISION).toString())
                .startsWith("2248");
    }
}

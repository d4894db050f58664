package dev.ipwire.nlp.keywords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BackgroundCorpusTest {

    private static final BackgroundCorpus TINY =
            BackgroundCorpus.load("/ipwire/nlp/test/tiny-background.tsv");

    @Test
    void readsTheHeaderAndTheFrequencies() {
        assertThat(TINY.name()).isEqualTo("tiny-background");
        assertThat(TINY.version()).isEqualTo("3");
        assertThat(TINY.documents()).isEqualTo(10);
        assertThat(TINY.frequencies()).containsOnlyKeys("知识产权", "企业", "脐橙");
        assertThat(TINY.frequencies()).containsEntry("企业", 6);
    }

    @Test
    void unseenWordsWeighMostThenRareThenCommonOnes() {
        double unseen = TINY.idf("猕猴桃");
        double rare = TINY.idf("脐橙");
        double common = TINY.idf("企业");
        double everywhere = TINY.idf("知识产权");

        assertThat(unseen).isGreaterThan(rare);
        assertThat(rare).isGreaterThan(common);
        assertThat(common).isGreaterThan(everywhere);
        // Smoothed: a word in every document still weighs a little, never negative.
        assertThat(everywhere).isPositive().isLessThan(0.1);
    }

    @Test
    void aTableWithoutADocumentCountIsRejectedWithWhatToDo() {
        assertThatThrownBy(
                        () ->
                                BackgroundCorpus.load(
                                        "/ipwire/nlp/test/background-without-documents.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'# documents N'")
                .hasMessageContaining("BackgroundCorpusBuilder");
    }

    @Test
    void aMissingTableIsABuildErrorNamingTheResource() {
        assertThatThrownBy(() -> BackgroundCorpus.load("/ipwire/nlp/test/no-such-table.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/ipwire/nlp/test/no-such-table.tsv");
    }

    @Test
    void theShippedTableDeclaresItsVersionAndDocuments() {
        BackgroundCorpus shipped = BackgroundCorpus.load(BackgroundCorpus.DEFAULT);

        assertThat(shipped.name()).isEqualTo("background-df");
        assertThat(shipped.version()).isNotEqualTo("0");
        assertThat(shipped.documents()).isPositive();
        assertThat(shipped.frequencies().values())
                .allSatisfy(f -> assertThat(f).isBetween(2, shipped.documents()));
        assertThat(shipped.idf("知识产权")).isLessThan(shipped.idf("脐橙"));
    }
}

package dev.ipwire.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryExpansionTest {

    private final QueryExpansion expansion = new QueryExpansion();

    @Test
    void equivalentWordsFindEachOther() {
        assertThat(expansion.alternatives("地标产品")).contains("地理标志产品");
        assertThat(expansion.alternatives("地理标志产品")).contains("地标产品");
        assertThat(expansion.alternatives("版权")).containsExactly("著作权");
    }

    @Test
    void aOneWaySynonymDoesNotWorkBackwards() {
        assertThat(expansion.alternatives("知产")).containsExactly("知识产权");
        assertThat(expansion.alternatives("知识产权")).doesNotContain("知产");
    }

    @Test
    void organizationShortFormsAndFullNamesFindEachOther() {
        assertThat(expansion.alternatives("国知局")).contains("国家知识产权局");
        assertThat(expansion.alternatives("国家知识产权局")).contains("国知局");
    }

    @Test
    void traditionalQueriesAreExpandedLikeSimplifiedOnes() {
        assertThat(expansion.alternatives("地標產品")).isEqualTo(expansion.alternatives("地标产品"));
        assertThat(expansion.alternatives("國知局")).contains("国家知识产权局");
    }

    @Test
    void aWordWithoutSynonymsHasNoAlternativesAndTheVersionNamesBothLists() {
        assertThat(expansion.alternatives("马拉松")).isEmpty();
        assertThat(expansion.version()).matches("synonyms\\.\\d+\\+org-aliases\\.\\d+");
    }
}

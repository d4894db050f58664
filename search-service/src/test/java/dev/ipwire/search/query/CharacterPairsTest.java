package dev.ipwire.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.junit.jupiter.api.Test;

class CharacterPairsTest {

    @Test
    void twoOrMoreChineseCharactersAreMatchedAsPairs() {
        assertThat(ArticleSearch.pairsOnly("专利")).isTrue();
        assertThat(ArticleSearch.pairsOnly("知识产权质押")).isTrue();
        assertThat(fieldOf(ArticleSearch.phrase("body_chars", "地理标志", 1f, true)))
                .isEqualTo("body_chars.bigrams");
    }

    @Test
    void aSingleCharacterOrMixedTextKeepsTheCharacterField() {
        // one character has no pair; latin letters and digits are tokens of their own
        assertThat(ArticleSearch.pairsOnly("茶")).isFalse();
        assertThat(ArticleSearch.pairsOnly("5G专利")).isFalse();
        assertThat(ArticleSearch.pairsOnly("专利 许可")).isFalse();
        assertThat(fieldOf(ArticleSearch.phrase("title_chars", "茶", 1f, true)))
                .isEqualTo("title_chars");
        assertThat(fieldOf(ArticleSearch.phrase("title_chars", "5G专利", 1f, true)))
                .isEqualTo("title_chars");
    }

    @Test
    void anIndexWithoutThePairFieldsIsSearchedByCharacters() {
        assertThat(fieldOf(ArticleSearch.phrase("body_chars", "地理标志", 4f, false)))
                .isEqualTo("body_chars");
    }

    private static String fieldOf(Query query) {
        return query.matchPhrase().field();
    }
}

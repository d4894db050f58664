package dev.ipwire.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StopWordsTest {

    @Test
    void functionWordsAreStopWordsAndSubjectWordsAreNot() {
        assertThat(StopWords.isStopWord("的")).isTrue();
        assertThat(StopWords.isStopWord("了")).isTrue();
        assertThat(StopWords.isStopWord("商标")).isFalse();
        assertThat(StopWords.isStopWord("景德镇")).isFalse();
    }

    @Test
    void amongListsEachStopWordOfTheArticleOnceInFirstSeenOrder() {
        assertThat(StopWords.among(List.of("商标", "的", "保护", "了", "的", "陶瓷")))
                .containsExactly("的", "了");
    }
}

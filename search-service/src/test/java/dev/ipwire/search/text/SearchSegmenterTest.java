package dev.ipwire.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchSegmenterTest {

    private static SearchSegmenter segmenter;

    @BeforeAll
    static void load() {
        segmenter = new SearchSegmenter();
    }

    @Test
    void domainTermsStayWhole() {
        List<String> words = segmenter.words("山城县推进地理标志质押融资试点");

        assertThat(words).contains("地理标志", "质押融资").doesNotContain("地理", "标志", "质押", "融资");
    }

    @Test
    void traditionalTextIsFoldedBeforeSegmenting() {
        List<String> words = segmenter.words("縣政府推動地理標誌，茶農受益");

        assertThat(words).contains("地理标志", "茶农").doesNotContain("地理標誌", "茶農");
    }

    @Test
    void punctuationAndSpacesAreDropped() {
        List<String> words = segmenter.words("“地理标志”，　质押融资！（试点）……");

        assertThat(words).containsExactly("地理标志", "质押融资", "试点");
    }

    @Test
    void latinWordsAreLowerCased() {
        List<String> words = segmenter.words("ABC公司用Patent作质押");

        assertThat(words).contains("abc", "patent").noneMatch(w -> !w.equals(w.toLowerCase()));
    }

    @Test
    void theWordFieldIsTheWordsJoinedBySingleSpaces() {
        assertThat(segmenter.wordField("“地理标志”，质押融资！")).isEqualTo("地理标志 质押融资");
    }

    @Test
    void emptyOrPunctuationOnlyTextHasNoWords() {
        assertThat(segmenter.words("")).isEmpty();
        assertThat(segmenter.words("，。！？“”")).isEmpty();
        assertThat(segmenter.wordField("……")).isEmpty();
    }

    @Test
    void queryAndIndexMeetOnTheSameWords() {
        List<String> indexed = segmenter.words("今年縣裡地理標誌保護成效顯著。");
        List<String> queried = segmenter.words("地理标志保护");

        assertThat(indexed).containsAll(queried);
    }

    @Test
    void partsAreTheLargestWordsInsideAWord() {
        assertThat(segmenter.parts("知识产权保险")).containsExactly("知识产权", "保险");
        assertThat(segmenter.parts("集成电路布图设计")).startsWith("集成电路").contains("设计");
        assertThat(segmenter.parts("知識產權保險")).containsExactly("知识产权", "保险");
    }

    @Test
    void aWordWithoutSmallerWordsHasNoParts() {
        assertThat(segmenter.parts("茶叶")).isEmpty();
        assertThat(segmenter.parts("侵权")).isEmpty();
    }
}

package dev.ipwire.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    /** Filler text of exactly {@code chars} characters, without any of the needles used below. */
    private static String filler(int chars) {
        String unit = "春雨润物细无声，";
        StringBuilder text = new StringBuilder();
        while (text.length() < chars) {
            text.append(unit);
        }
        return text.substring(0, chars);
    }

    @Test
    void aSimplifiedNeedleMarksTheTraditionalCharactersAtTheSameOffsets() {
        List<String> fragments =
                Highlighter.fragments(null, List.of("臺灣高山茶取得地理標誌保護，茶農收入提高。"), List.of("地理标志"));

        assertThat(fragments).containsExactly("臺灣高山茶取得<em>地理標誌</em>保護，茶農收入提高。");
    }

    @Test
    void aTraditionalNeedleMarksSimplifiedText() {
        List<String> fragments =
                Highlighter.fragments(null, List.of("云雾茶获批国家地理标志。"), List.of("地理標誌"));

        assertThat(fragments).containsExactly("云雾茶获批国家<em>地理标志</em>。");
    }

    @Test
    void everyOccurrenceIsMarked() {
        List<String> fragments =
                Highlighter.fragments(null, List.of("商标注册后，商标保护更有力。"), List.of("商标"));

        assertThat(fragments).containsExactly("<em>商标</em>注册后，<em>商标</em>保护更有力。");
    }

    @Test
    void overlappingNeedlesProduceOneRun() {
        List<String> fragments =
                Highlighter.fragments(null, List.of("县里申请地理标志保护获得成功。"), List.of("地理标志", "标志保护"));

        assertThat(fragments).containsExactly("县里申请<em>地理标志保护</em>获得成功。");
    }

    @Test
    void adjacentWordsOfOneTermProduceOneRun() {
        List<String> fragments =
                Highlighter.fragments(null, List.of("茶农收入明显提高。"), List.of("茶农收入", "茶农", "收入"));

        assertThat(fragments).containsExactly("<em>茶农收入</em>明显提高。");
    }

    @Test
    void latinNeedlesMatchIgnoringCaseAndKeepTheOriginalCase() {
        List<String> fragments =
                Highlighter.fragments(null, List.of("企业提交PATENT申请和Patent检索。"), List.of("patent"));

        assertThat(fragments).containsExactly("企业提交<em>PATENT</em>申请和<em>Patent</em>检索。");
    }

    @Test
    void textIsHtmlEscapedButChinesePunctuationStaysAsCharacters() {
        List<String> fragments =
                Highlighter.fragments(
                        null, List.of("<script>alert('x')</script>“地理标志”A&B 「茶」"), List.of("地理标志"));

        assertThat(fragments)
                .containsExactly(
                        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;“<em>地理标志</em>”A&amp;B"
                                + " 「茶」");
    }

    @Test
    void markupInANeedleIsEscapedInsideTheMark() {
        List<String> fragments = Highlighter.fragments(null, List.of("页面含有<b>标签"), List.of("<b>"));

        assertThat(fragments).containsExactly("页面含有<em>&lt;b&gt;</em>标签");
    }

    @Test
    void theTitleComesFirstAndParagraphsWithoutAMatchAreSkipped() {
        List<String> fragments =
                Highlighter.fragments(
                        "云雾茶获批地理标志", List.of("全县茶农受益。", "地理标志让品牌更响亮。"), List.of("地理标志"));

        assertThat(fragments).containsExactly("云雾茶获批<em>地理标志</em>", "<em>地理标志</em>让品牌更响亮。");
    }

    @Test
    void atMostMaxFragmentsAreReturned() {
        List<String> fragments =
                Highlighter.fragments("商标一", List.of("商标二", "商标三", "商标四", "商标五"), List.of("商标"));

        assertThat(Highlighter.MAX_FRAGMENTS).isEqualTo(3);
        assertThat(fragments).containsExactly("<em>商标</em>一", "<em>商标</em>二", "<em>商标</em>三");
    }

    @Test
    void aShortParagraphWithAnEarlyMatchIsNotCut() {
        String paragraph = filler(20) + "地理标志" + filler(40);

        List<String> fragments = Highlighter.fragments(null, List.of(paragraph), List.of("地理标志"));

        assertThat(fragments).hasSize(1);
        assertThat(fragments.get(0)).doesNotContain("…");
        assertThat(plain(fragments.get(0))).isEqualTo(paragraph);
    }

    @Test
    void aLongParagraphIsCutAroundTheFirstMatchWithEllipsesWhereCut() {
        String before = filler(100);
        String paragraph = before + "地理标志" + filler(200);

        String fragment = Highlighter.fragments(null, List.of(paragraph), List.of("地理标志")).get(0);

        assertThat(fragment).startsWith("…").endsWith("…").contains("<em>地理标志</em>");
        String shown = plain(fragment.substring(1, fragment.length() - 1));
        assertThat(shown).hasSize(Highlighter.FRAGMENT_CHARS);
        assertThat(paragraph).contains(shown);
        // the match is shown with some context before it
        assertThat(shown.indexOf("地理标志")).isPositive();
    }

    @Test
    void aMatchAtTheStartOfALongParagraphIsCutOnlyAtTheEnd() {
        String paragraph = "地理标志" + filler(200);

        String fragment = Highlighter.fragments(null, List.of(paragraph), List.of("地理标志")).get(0);

        assertThat(fragment).startsWith("<em>地理标志</em>").endsWith("…");
        assertThat(plain(fragment.substring(0, fragment.length() - 1)))
                .isEqualTo(paragraph.substring(0, Highlighter.FRAGMENT_CHARS));
    }

    @Test
    void aMatchAtTheEndOfALongParagraphIsCutOnlyAtTheStart() {
        String paragraph = filler(200) + "地理标志";

        String fragment = Highlighter.fragments(null, List.of(paragraph), List.of("地理标志")).get(0);

        assertThat(fragment).startsWith("…").endsWith("<em>地理标志</em>");
    }

    @Test
    void noUsableNeedlesMeanNoFragments() {
        assertThat(Highlighter.fragments("地理标志", List.of("地理标志"), List.of())).isEmpty();
        assertThat(Highlighter.fragments("地理标志", List.of("地理标志"), Arrays.asList(null, " ", "")))
                .isEmpty();
    }

    @Test
    void noMatchMeansNoFragments() {
        assertThat(Highlighter.fragments("春茶开采", List.of("茶农们说今年品质好。"), List.of("地理标志"))).isEmpty();
    }

    @Test
    void charactersThatChangeLengthWhenLowerCasedDoNotShiftTheMarks() {
        // "İ".toLowerCase() is two chars long; marks must still line up with the original text
        assertThat(Highlighter.fragments(null, List.of("İzmir地理标志"), List.of("地理标志")))
                .containsExactly("İzmir<em>地理标志</em>");
        assertThat(Highlighter.fragments(null, List.of("İ地理标志"), List.of("地理标志")))
                .containsExactly("İ<em>地理标志</em>");
    }

    /** The fragment's text without the marks, unescaped for the characters used here. */
    private static String plain(String fragment) {
        return fragment.replace("<em>", "").replace("</em>", "");
    }
}

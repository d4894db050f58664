package dev.ipwire.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParserTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000", " \u3000\t ", "\"\"", "“”", "「」", "-", "- -"})
    void nothingToSearchForIsAnEmptyQuery(String q) {
        ParsedQuery parsed = QueryParser.parse(q);

        assertThat(parsed.isEmpty()).isTrue();
        assertThat(parsed.terms()).isEmpty();
        assertThat(parsed.phrases()).isEmpty();
        assertThat(parsed.exclusions()).isEmpty();
    }

    @Test
    void wordsAreSplitOnAsciiSpaces() {
        ParsedQuery parsed = QueryParser.parse("  云雾茶  地理标志 商标 ");

        assertThat(parsed.terms()).containsExactly("云雾茶", "地理标志", "商标");
        assertThat(parsed.phrases()).isEmpty();
        assertThat(parsed.exclusions()).isEmpty();
        assertThat(parsed.isEmpty()).isFalse();
    }

    @Test
    void wordsAreSplitOnIdeographicSpacesAndTabs() {
        ParsedQuery parsed = QueryParser.parse("云雾茶\u3000地理标志\t质押融资");

        assertThat(parsed.terms()).containsExactly("云雾茶", "地理标志", "质押融资");
    }

    @Test
    void straightQuotesMakeAPhraseThatKeepsItsSpaces() {
        ParsedQuery parsed = QueryParser.parse("\"山城 云雾茶\" 商标");

        assertThat(parsed.terms()).containsExactly("山城 云雾茶", "商标");
        assertThat(parsed.phrases()).containsExactly("山城 云雾茶");
    }

    @Test
    void curlyQuotesMakeAPhrase() {
        ParsedQuery parsed = QueryParser.parse("“茶农收入” 春茶");

        assertThat(parsed.terms()).containsExactly("茶农收入", "春茶");
        assertThat(parsed.phrases()).containsExactly("茶农收入");
    }

    @Test
    void cornerBracketsMakeAPhrase() {
        ParsedQuery parsed = QueryParser.parse("「高山茶」地理標誌");

        assertThat(parsed.terms()).containsExactly("高山茶", "地理標誌");
        assertThat(parsed.phrases()).containsExactly("高山茶");
    }

    @Test
    void aPhraseNeedsNoSpaceAroundIt() {
        ParsedQuery parsed = QueryParser.parse("春茶\"茶农收入\"品质");

        assertThat(parsed.terms()).containsExactly("春茶", "茶农收入", "品质");
        assertThat(parsed.phrases()).containsExactly("茶农收入");
    }

    @Test
    void aLeadingMinusExcludesAWord() {
        ParsedQuery parsed = QueryParser.parse("地理标志 -广告 -直播间");

        assertThat(parsed.terms()).containsExactly("地理标志");
        assertThat(parsed.exclusions()).containsExactly("广告", "直播间");
        assertThat(parsed.phrases()).isEmpty();
    }

    @Test
    void aLeadingMinusExcludesAQuotedPhraseInAnyQuoteStyle() {
        ParsedQuery parsed = QueryParser.parse("地理标志 -\"展销 会\" -“冒用标志” -「虚假宣传」");

        assertThat(parsed.terms()).containsExactly("地理标志");
        assertThat(parsed.exclusions()).containsExactly("展销 会", "冒用标志", "虚假宣传");
        assertThat(parsed.phrases()).isEmpty();
    }

    @Test
    void onlyExclusionsLeaveNothingThatMustMatch() {
        ParsedQuery parsed = QueryParser.parse("-广告 -“直播”");

        assertThat(parsed.isEmpty()).isTrue();
        assertThat(parsed.exclusions()).containsExactly("广告", "直播");
    }

    @Test
    void aMinusInsideAWordIsText() {
        ParsedQuery parsed = QueryParser.parse("GB-2760 新冠-19");

        assertThat(parsed.terms()).containsExactly("GB-2760", "新冠-19");
        assertThat(parsed.exclusions()).isEmpty();
    }

    @Test
    void aLoneMinusFollowedByASpaceIsDroppedAndTheWordStaysATerm() {
        ParsedQuery parsed = QueryParser.parse("- 广告");

        assertThat(parsed.terms()).containsExactly("广告");
        assertThat(parsed.exclusions()).isEmpty();
    }

    @Test
    void anUnclosedQuoteIsIgnoredAndTheRestReadAsWords() {
        ParsedQuery parsed = QueryParser.parse("\"地理标志 商标");

        assertThat(parsed.terms()).containsExactly("地理标志", "商标");
        assertThat(parsed.phrases()).isEmpty();
    }

    @Test
    void booleanOperatorsAndFieldSyntaxArePlainWords() {
        ParsedQuery parsed = QueryParser.parse("title:x AND (y OR z) NOT 专利");

        assertThat(parsed.terms()).containsExactly("title:x", "AND", "(y", "OR", "z)", "NOT", "专利");
        assertThat(parsed.phrases()).isEmpty();
        assertThat(parsed.exclusions()).isEmpty();
    }

    @Test
    void queryStringSpecialCharactersArePlainText() {
        ParsedQuery parsed =
                QueryParser.parse("商标* 专利? a:b (c) {d} [1 TO 5] x^2 茶~1 back\\slash a/b &&||!");

        assertThat(parsed.terms())
                .containsExactly(
                        "商标*",
                        "专利?",
                        "a:b",
                        "(c)",
                        "{d}",
                        "[1",
                        "TO",
                        "5]",
                        "x^2",
                        "茶~1",
                        "back\\slash",
                        "a/b",
                        "&&||!");
        assertThat(parsed.phrases()).isEmpty();
        assertThat(parsed.exclusions()).isEmpty();
    }

    @Test
    void specialCharactersInsideAPhraseStayInThePhrase() {
        ParsedQuery parsed = QueryParser.parse("“a:b AND (c)” -「x OR y」");

        assertThat(parsed.terms()).containsExactly("a:b AND (c)");
        assertThat(parsed.phrases()).containsExactly("a:b AND (c)");
        assertThat(parsed.exclusions()).containsExactly("x OR y");
    }

    @Test
    void parsedListsAreUnmodifiable() {
        ParsedQuery parsed = QueryParser.parse("地理标志 \"商标\" -广告");

        assertThatThrownBy(() -> parsed.terms().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> parsed.exclusions().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}

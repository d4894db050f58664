package dev.ipwire.search.query.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.search.query.suggest.SuggestResult.Suggestion;
import dev.ipwire.search.query.suggest.SuggestionMix.Name;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SuggestionMixTest {

    private static List<String> texts(List<Suggestion> suggestions) {
        return suggestions.stream().map(s -> s.kind() + ":" + s.text()).toList();
    }

    private static List<Name> persons(String prefix, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new Name(prefix + i, "person", 1))
                .toList();
    }

    private static List<String> titles(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "关于" + prefix + "的报道" + i).toList();
    }

    @Test
    void namesComeMostNamedFirstThenShorterThenPersonOrganizationPlace() {
        List<Name> names =
                List.of(
                        new Name("张江", "place", 1),
                        new Name("张三", "person", 1),
                        new Name("张氏集团有限公司", "organization", 5),
                        new Name("张江", "organization", 1),
                        new Name("张三丰", "person", 1));

        assertThat(texts(SuggestionMix.mix("张", names, List.of(), 10)))
                .containsExactly(
                        "organization:张氏集团有限公司",
                        "person:张三",
                        "organization:张江",
                        "place:张江",
                        "person:张三丰");
    }

    @Test
    void headlinesStartingWithThePrefixComeBeforeThoseContainingItAndRepeatsAreDropped() {
        List<String> titles = List.of("茶农增收有妙招", "地理标志助茶农增收", "茶農增收有妙招", "茶农增收有妙招 ");

        assertThat(texts(SuggestionMix.mix("茶农", List.of(), titles, 10)))
                .containsExactly("title:茶农增收有妙招", "title:地理标志助茶农增收");
    }

    @Test
    void namesAndHeadlinesShareTheTenPlacesHalfEachWhenBothHaveMore() {
        List<Suggestion> mixed = SuggestionMix.mix("李", persons("李", 8), titles("李", 8), 10);

        assertThat(mixed).hasSize(10);
        assertThat(mixed.subList(0, 5)).allMatch(s -> s.kind().equals("person"));
        assertThat(mixed.subList(5, 10)).allMatch(s -> s.kind().equals("title"));
    }

    @Test
    void eitherKindTakesThePlacesTheOtherCannotFill() {
        assertThat(SuggestionMix.mix("李", persons("李", 12), titles("李", 1), 10))
                .extracting(Suggestion::kind)
                .containsExactly(
                        "person", "person", "person", "person", "person", "person", "person",
                        "person", "person", "title");
        assertThat(SuggestionMix.mix("李", persons("李", 2), titles("李", 12), 10))
                .extracting(Suggestion::kind)
                .containsExactly(
                        "person", "person", "title", "title", "title", "title", "title", "title",
                        "title", "title");
        assertThat(SuggestionMix.mix("李", List.of(), List.of(), 10)).isEmpty();
    }

    @Test
    void theNamePatternMatchesNamesStartingWithThePrefixAndLatinLettersInEitherCase() {
        Pattern cjk = lucenePatternAsJava(SuggestionMix.startsWith("欧阳"));
        assertThat(cjk.matcher("欧阳明轩").matches()).isTrue();
        assertThat(cjk.matcher("司马欧阳").matches()).isFalse();

        Pattern latin = lucenePatternAsJava(SuggestionMix.startsWith("wip"));
        assertThat(latin.matcher("WIPO").matches()).isTrue();
        assertThat(latin.matcher("Wipo中国办事处").matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {".*", "a|b", "(", "[a-z]", "\\", "欧阳+", "~@#&<>\"{}"})
    void everyCharacterOfRegexSyntaxIsEscaped(String prefix) {
        String pattern = SuggestionMix.startsWith(prefix);
        Pattern java = lucenePatternAsJava(pattern);

        assertThat(java.matcher(prefix + "某某").matches()).isTrue();
        assertThat(java.matcher("x" + prefix).matches()).isFalse();
        assertThat(java.matcher("欧阳明轩").matches()).isFalse();
    }

    /**
     * The patterns use only escapes, character classes of two letters and a final {@code .*}; for
     * those, Lucene's and Java's syntax agree.
     */
    private static Pattern lucenePatternAsJava(String pattern) {
        return Pattern.compile(pattern, Pattern.DOTALL);
    }
}

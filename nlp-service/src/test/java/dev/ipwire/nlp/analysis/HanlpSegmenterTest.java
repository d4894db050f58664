package dev.ipwire.nlp.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HanlpSegmenterTest {

    private static final HanlpSegmenter SEGMENTER =
            new HanlpSegmenter(DomainLexicon.load(DomainLexicon.DOMAIN_TERMS));

    @Test
    void domainTermsComeOutAsSingleTokens() {
        List<Token> tokens = SEGMENTER.segment("各地用地理标志质押融资，助力知识产权保护。");

        assertThat(tokens).extracting(Token::text).contains("地理标志", "质押融资", "知识产权保护");
    }

    @Test
    void domainTermsAreTaggedAsDomainWords() {
        List<Token> tokens = SEGMENTER.segment("地理标志产品受到保护。");

        assertThat(tokens)
                .filteredOn(token -> token.text().equals("地理标志产品"))
                .singleElement()
                .extracting(Token::tag)
                .isEqualTo("nz");
    }

    @Test
    void offsetsPointAtTheTokenInTheInput() {
        String input = "记者王小明报道，赣州市2026年发放知识产权质押贷款3000万元，惠及23家企业。";

        List<Token> tokens = SEGMENTER.segment(input);

        assertThat(tokens).isNotEmpty();
        assertThat(tokens)
                .allSatisfy(
                        token ->
                                assertThat(input.substring(token.start(), token.end()))
                                        .isEqualTo(token.text()));
        assertThat(tokens.getFirst().start()).isZero();
        assertThat(tokens.getLast().end()).isEqualTo(input.length());
        for (int i = 1; i < tokens.size(); i++) {
            assertThat(tokens.get(i).start()).isEqualTo(tokens.get(i - 1).end());
        }
    }

    @Test
    void recognizesPersonsAndPlaces() {
        List<Token> tokens = SEGMENTER.segment("记者王小明报道，广西将加强地理标志保护。");

        assertThat(tokens).filteredOn(Token::isPerson).extracting(Token::text).contains("王小明");
        assertThat(tokens).filteredOn(Token::isPlace).extracting(Token::text).contains("广西");
    }

    @Test
    void emptyInputHasNoTokens() {
        assertThat(SEGMENTER.segment("")).isEmpty();
    }
}

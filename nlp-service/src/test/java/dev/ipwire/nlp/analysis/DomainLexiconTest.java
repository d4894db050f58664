package dev.ipwire.nlp.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DomainLexiconTest {

    @Test
    void readsTheVersionLineAndSkipsCommentsAndBlankLines() {
        DomainLexicon lexicon = DomainLexicon.load("/ipwire/nlp/test/sample-lexicon.txt");

        assertThat(lexicon.name()).isEqualTo("sample-lexicon");
        assertThat(lexicon.version()).isEqualTo("7");
        assertThat(lexicon.entries()).containsExactly("知识产权", "地理标志", "专利导航");
    }

    @Test
    void theSharedDomainTermsDeclareAVersionAndHoldTheDomainTerms() {
        DomainLexicon terms = DomainLexicon.load(DomainLexicon.DOMAIN_TERMS);

        assertThat(terms.name()).isEqualTo("domain-terms");
        assertThat(terms.version()).isEqualTo("1");
        assertThat(terms.entries()).contains("地理标志", "质押融资", "知识产权保护");
        assertThat(terms.entries())
                .allSatisfy(
                        entry -> {
                            assertThat(entry).isNotBlank().doesNotStartWith("#");
                            assertThat(entry).isEqualTo(entry.strip());
                        });
    }

    @Test
    void aMissingResourceIsABuildErrorNamingTheResource() {
        assertThatThrownBy(() -> DomainLexicon.load("/ipwire/nlp/test/no-such-lexicon.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/ipwire/nlp/test/no-such-lexicon.txt");
    }

    @Test
    void entriesCannotBeChanged() {
        DomainLexicon lexicon = DomainLexicon.load("/ipwire/nlp/test/sample-lexicon.txt");

        assertThatThrownBy(() -> lexicon.entries().add("商标"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}

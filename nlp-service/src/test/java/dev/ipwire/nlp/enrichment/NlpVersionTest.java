package dev.ipwire.nlp.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.nlp.analysis.DomainLexicon;
import org.junit.jupiter.api.Test;

class NlpVersionTest {

    @Test
    void namesTheCodeVersionAndTheDictionaryNameAndVersion() {
        // Unpackaged classes (as in this test) have no Implementation-Version: the code part is
        // "dev".
        NlpVersion version = new NlpVersion(DomainLexicon.load(DomainLexicon.DOMAIN_TERMS));

        assertThat(version.value()).isEqualTo("nlp-dev+domain-terms.1");
        assertThat(version).hasToString("nlp-dev+domain-terms.1");
    }

    @Test
    void changesWhenTheDictionaryVersionChanges() {
        NlpVersion version =
                new NlpVersion(DomainLexicon.load("/ipwire/nlp/test/sample-lexicon.txt"));

        assertThat(version.value()).isEqualTo("nlp-dev+sample-lexicon.7");
    }
}

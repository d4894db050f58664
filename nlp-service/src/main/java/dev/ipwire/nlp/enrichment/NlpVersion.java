package dev.ipwire.nlp.enrichment;

import dev.ipwire.nlp.analysis.DomainLexicon;
import org.springframework.stereotype.Component;

/**
 * The version stamped on every enrichment: code version plus the versions of the dictionaries that
 * shaped it, so stale enrichments can be found and re-enriched, e.g. {@code
 * nlp-0.1.0+domain-terms.1}.
 */
@Component
public class NlpVersion {

    private final String value;

    public NlpVersion(DomainLexicon domainTerms) {
        String code = NlpVersion.class.getPackage().getImplementationVersion();
        this.value =
                "nlp-"
                        + (code == null ? "dev" : code)
                        + "+"
                        + domainTerms.name()
                        + "."
                        + domainTerms.version();
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}

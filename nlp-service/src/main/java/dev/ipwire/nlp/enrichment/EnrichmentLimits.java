package dev.ipwire.nlp.enrichment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The largest article the stream enriches ({@code ipwire.nlp.limits.*}). A record over a limit is
 * malformed: the failure policy handles it (by default, the dead-letter topic), so one giant record
 * cannot hold up the stage; raise the limit and replay it if it was meant.
 *
 * @param maxParagraphLength characters in one paragraph (the title counts as one)
 * @param maxArticleLength characters in the title and all paragraphs together
 */
@ConfigurationProperties("ipwire.nlp.limits")
public record EnrichmentLimits(
        @DefaultValue("100000") int maxParagraphLength,
        @DefaultValue("2000000") int maxArticleLength) {

    /** The defaults, for code that runs without an application context. */
    public static final EnrichmentLimits DEFAULTS = new EnrichmentLimits(100_000, 2_000_000);
}

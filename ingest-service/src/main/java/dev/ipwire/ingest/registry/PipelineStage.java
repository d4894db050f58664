package dev.ipwire.ingest.registry;

/** A stage after ingest that can fail an article (its records then go to a dead-letter topic). */
public enum PipelineStage {
    /** nlp-service: enrichment ({@code error.articles.raw.nlp}). */
    NLP("nlp"),
    /** search-service: indexing ({@code error.articles.enriched.search}). */
    SEARCH("search");

    private final String label;

    PipelineStage(String label) {
        this.label = label;
    }

    /** How the stage is named in the status API. */
    public String label() {
        return label;
    }
}

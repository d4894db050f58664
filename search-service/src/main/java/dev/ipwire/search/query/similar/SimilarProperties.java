package dev.ipwire.search.query.similar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code GET /api/v1/articles/{id}/similar} ({@code ipwire.search.similar.*}).
 *
 * @param defaultSize stories listed when {@code size} is not given
 * @param maxSize largest {@code size} accepted
 * @param candidatesPerStory articles scored per requested story before copies are grouped: a story
 *     reprinted many times takes many candidate slots but is listed once
 * @param maxQueryTerms most words (by tf-idf) of the article that the more-like-this query uses
 * @param minimumShouldMatch share of those words a similar article must contain
 */
@ConfigurationProperties("ipwire.search.similar")
public record SimilarProperties(
        @DefaultValue("10") int defaultSize,
        @DefaultValue("50") int maxSize,
        @DefaultValue("10") int candidatesPerStory,
        @DefaultValue("40") int maxQueryTerms,
        @DefaultValue("30%") String minimumShouldMatch) {}

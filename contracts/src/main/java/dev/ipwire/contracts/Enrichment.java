package dev.ipwire.contracts;

import java.time.Instant;
import java.util.List;

/**
 * What nlp-service adds to an article; combined with the article into {@link ArticleEnriched}.
 *
 * @param entities persons, places and organizations
 * @param regions provinces and cities the article is about
 * @param topics topic labels with scores and evidence
 * @param primaryTopic the main topic, or null when the article is on none of them
 * @param keywords key terms, most characteristic first
 * @param summary a few whole sentences from the article
 * @param amounts money figures
 * @param giProducts geographic-indication products named in the article
 * @param enrichedAt when the enrichment was computed
 * @param nlpVersion code and dictionary versions that computed it
 */
public record Enrichment(
        Entities entities,
        List<Region> regions,
        List<Topic> topics,
        String primaryTopic,
        List<String> keywords,
        String summary,
        List<Amount> amounts,
        List<String> giProducts,
        Instant enrichedAt,
        String nlpVersion) {

    public Enrichment {
        entities = entities == null ? Entities.none() : entities;
        regions = Lists.orEmpty(regions);
        topics = Lists.orEmpty(topics);
        keywords = Lists.orEmpty(keywords);
        amounts = Lists.orEmpty(amounts);
        giProducts = Lists.orEmpty(giProducts);
    }
}

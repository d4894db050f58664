package dev.ipwire.search;

import dev.ipwire.contracts.ArticleEnriched;
import dev.ipwire.contracts.Entities;
import dev.ipwire.contracts.Entity;
import dev.ipwire.contracts.GoldenSamples;
import dev.ipwire.contracts.Region;
import dev.ipwire.contracts.Source;
import dev.ipwire.contracts.Topic;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test articles: the contracts' golden {@code ArticleEnriched} sample with the fields a test cares
 * about replaced (id, title, paragraphs, topics, entities, dates…).
 */
public final class TestArticles {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private TestArticles() {}

    /** The golden sample as a record. */
    public static ArticleEnriched golden() {
        return JSON.readValue(
                GoldenSamples.read(GoldenSamples.ARTICLE_ENRICHED), ArticleEnriched.class);
    }

    /** A builder starting from the golden sample. */
    public static Builder article(String id) {
        return new Builder(golden()).id(id);
    }

    public static Topic topic(String name, double score) {
        return new Topic(name, score, List.of());
    }

    public static Entity entity(String text, String normalized) {
        return new Entity(text, normalized, 1);
    }

    /** Replaces fields of an article one at a time. */
    public static final class Builder {

        private final ArticleEnriched base;
        private String id;
        private long revision;
        private String title;
        private List<String> paragraphs;
        private String publishedAt;
        private String language;
        private Source source;
        private List<Topic> topics;
        private String primaryTopic;
        private Entities entities;
        private List<Region> regions;
        private List<String> keywords;
        private List<String> giProducts;
        private String nearDuplicateOf;

        private Builder(ArticleEnriched base) {
            this.base = base;
            this.id = base.id();
            this.revision = base.revision();
            this.title = base.title();
            this.paragraphs = base.paragraphs();
            this.publishedAt = base.publishedAt();
            this.language = base.language();
            this.source = base.source();
            this.topics = base.topics();
            this.primaryTopic = base.primaryTopic();
            this.entities = base.entities();
            this.regions = base.regions();
            this.keywords = base.keywords();
            this.giProducts = base.giProducts();
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder revision(long revision) {
            this.revision = revision;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder paragraphs(String... paragraphs) {
            this.paragraphs = List.of(paragraphs);
            return this;
        }

        public Builder publishedAt(String publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder source(String outlet) {
            this.source = new Source(outlet, "https://example.org/" + id, null);
            return this;
        }

        /** Topics in order; the first one becomes the primary topic. */
        public Builder topics(Topic... topics) {
            this.topics = List.of(topics);
            this.primaryTopic = topics.length == 0 ? null : topics[0].name();
            return this;
        }

        public Builder entities(List<Entity> persons, List<Entity> places, List<Entity> orgs) {
            this.entities = new Entities(persons, places, orgs);
            return this;
        }

        public Builder regions(Region... regions) {
            this.regions = List.of(regions);
            return this;
        }

        public Builder keywords(String... keywords) {
            this.keywords = List.of(keywords);
            return this;
        }

        public Builder giProducts(String... products) {
            this.giProducts = List.of(products);
            return this;
        }

        /** Marks the article as a near-duplicate copy of article {@code originalId}. */
        public Builder nearDuplicateOf(String originalId) {
            this.nearDuplicateOf = originalId;
            return this;
        }

        public ArticleEnriched build() {
            return new ArticleEnriched(
                    base.schemaVersion(),
                    id,
                    revision,
                    base.receivedAt(),
                    source,
                    "ext-" + id,
                    base.format(),
                    title,
                    publishedAt,
                    base.author(),
                    language,
                    new ArrayList<>(paragraphs),
                    "sha256:" + Integer.toHexString((title + paragraphs).hashCode()),
                    nearDuplicateOf,
                    List.of(),
                    null,
                    entities,
                    regions,
                    topics,
                    primaryTopic,
                    keywords,
                    paragraphs.isEmpty() ? null : paragraphs.get(0),
                    base.amounts(),
                    giProducts,
                    base.enrichedAt(),
                    base.nlpVersion());
        }
    }
}

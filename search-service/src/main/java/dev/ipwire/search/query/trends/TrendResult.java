package dev.ipwire.search.query.trends;

import java.util.List;
import java.util.Map;

/**
 * Articles per interval and topic.
 *
 * @param interval the bucket width ({@code day}, {@code week}, {@code month}, {@code quarter},
 *     {@code year})
 * @param buckets every interval from the first to the last (empty ones included), oldest first
 * @param undated matching articles without a publication date, in no bucket
 */
public record TrendResult(String interval, List<Bucket> buckets, long undated) {

    /**
     * One interval.
     *
     * @param start its first day, {@code YYYY-MM-DD}
     * @param total matching articles published in it
     * @param topics per topic name (every topic, zero included), the articles of {@code total}
     *     labelled with it; an article may carry several topics, or none
     */
    public record Bucket(String start, long total, Map<String, Long> topics) {}
}

package dev.ipwire.search.query.trends;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.ExtendedBounds;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import dev.ipwire.contracts.Topic;
import dev.ipwire.search.indexing.ArticleIndex;
import dev.ipwire.search.query.ArticleSearch;
import dev.ipwire.search.query.InvalidSearchException;
import dev.ipwire.search.query.SearchRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Articles per interval per topic: a {@code date_histogram} on the printed publication date with a
 * topics sub-aggregation, over the articles a search with the same {@code q} and filters finds.
 */
@Component
public class Trends {

    static final String DATE_FIELD = "publishedDate";
    static final String DAY_FORMAT = "yyyy-MM-dd";

    private final ElasticsearchClient client;
    private final ArticleIndex index;
    private final ArticleSearch search;
    private final TrendProperties properties;

    public Trends(
            ElasticsearchClient client,
            ArticleIndex index,
            ArticleSearch search,
            TrendProperties properties) {
        this.client = client;
        this.index = index;
        this.search = search;
        this.properties = properties;
    }

    /**
     * The trend of the articles {@code filters} finds (its paging and sort do not matter).
     *
     * @throws InvalidSearchException when the answer would have more than the allowed number of
     *     intervals
     */
    public TrendResult trends(SearchRequest filters, Interval interval) throws IOException {
        checkBucketCount(filters, interval);
        index.ensureReady();
        Query query = search.query(filters);
        SearchResponse<Void> response;
        try {
            response =
                    client.search(
                            s ->
                                    s.index(ArticleIndex.ALIAS)
                                            .size(0)
                                            .query(query)
                                            .aggregations("histogram", histogram(filters, interval))
                                            .aggregations(
                                                    "undated",
                                                    a -> a.missing(m -> m.field(DATE_FIELD))),
                            Void.class);
        } catch (ElasticsearchException e) {
            if (tooManyBuckets(e.error())) {
                throw new InvalidSearchException(tooManyBucketsMessage(interval));
            }
            throw e;
        }
        List<TrendResult.Bucket> buckets = new ArrayList<>();
        Aggregate histogram = response.aggregations().get("histogram");
        for (DateHistogramBucket bucket : histogram.dateHistogram().buckets().array()) {
            buckets.add(
                    new TrendResult.Bucket(
                            bucket.keyAsString(),
                            bucket.docCount(),
                            topics(bucket.aggregations().get("topics"))));
        }
        long undated = response.aggregations().get("undated").missing().docCount();
        return new TrendResult(interval.parameterName(), buckets, undated);
    }

    /**
     * Every interval between the first and the last article, and out to {@code from} and {@code to}
     * when given, so that a chart shows quiet periods as zero.
     */
    private static Aggregation histogram(SearchRequest filters, Interval interval) {
        Aggregation topics =
                Aggregation.of(
                        a ->
                                a.terms(
                                        t ->
                                                t.field("topics")
                                                        .include(i -> i.terms(Topic.NAMES))
                                                        .size(Topic.NAMES.size())));
        ExtendedBounds.Builder<FieldDateMath> bounds = new ExtendedBounds.Builder<>();
        if (filters.from() != null) {
            bounds.min(day(filters.from()));
        }
        if (filters.to() != null) {
            bounds.max(day(filters.to()));
        }
        boolean bounded = filters.from() != null || filters.to() != null;
        return Aggregation.of(
                a ->
                        a.dateHistogram(
                                        h -> {
                                            h.field(DATE_FIELD)
                                                    .calendarInterval(interval.calendarInterval())
                                                    .format(DAY_FORMAT)
                                                    .minDocCount(0);
                                            return bounded ? h.extendedBounds(bounds.build()) : h;
                                        })
                                .aggregations("topics", topics));
    }

    private static FieldDateMath day(LocalDate date) {
        return FieldDateMath.of(f -> f.expr(date.toString()));
    }

    /** Every topic name with its count, zero when no article of the interval has it. */
    private static Map<String, Long> topics(Aggregate aggregate) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Topic.NAMES.forEach(name -> counts.put(name, 0L));
        if (aggregate != null && aggregate.isSterms()) {
            for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                counts.computeIfPresent(bucket.key().stringValue(), (k, v) -> bucket.docCount());
            }
        }
        return counts;
    }

    /**
     * Refuses a {@code from}–{@code to} range with more intervals than allowed before asking
     * Elasticsearch; with only {@code from}, the range is taken to end today.
     */
    void checkBucketCount(SearchRequest filters, Interval interval) {
        if (filters.from() == null) {
            return;
        }
        LocalDate to = filters.to() != null ? filters.to() : LocalDate.now();
        if (to.isBefore(filters.from())) {
            return;
        }
        long buckets = interval.bucketsBetween(filters.from(), to);
        if (buckets > properties.maxBuckets()) {
            throw new InvalidSearchException(
                    "from "
                            + filters.from()
                            + " to "
                            + to
                            + " is "
                            + buckets
                            + " "
                            + interval.parameterName()
                            + " intervals; at most "
                            + properties.maxBuckets()
                            + " are allowed: choose a wider interval ("
                            + String.join(", ", Interval.NAMES)
                            + ") or a shorter range");
        }
    }

    private String tooManyBucketsMessage(Interval interval) {
        return "the matching articles span too many "
                + interval.parameterName()
                + " intervals for one answer; choose a wider interval ("
                + String.join(", ", Interval.NAMES)
                + ") or narrow the range with from and to";
    }

    private static boolean tooManyBuckets(ErrorCause error) {
        for (ErrorCause cause = error; cause != null; cause = cause.causedBy()) {
            if ("too_many_buckets_exception".equals(cause.type())) {
                return true;
            }
            for (ErrorCause root : cause.rootCause()) {
                if ("too_many_buckets_exception".equals(root.type())) {
                    return true;
                }
            }
        }
        return false;
    }
}

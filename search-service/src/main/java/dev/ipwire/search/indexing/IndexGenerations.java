package dev.ipwire.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The numbered indexes {@code articles-v1}, {@code articles-v2}… and the alias {@code articles}
 * that names the one in use: what a rebuild needs to create the next one, fill it, compare it with
 * the one in use and swap the alias over in one atomic request.
 */
@Component
public class IndexGenerations {

    private static final Logger log = LoggerFactory.getLogger(IndexGenerations.class);
    private static final Pattern NUMBERED = Pattern.compile("articles-v(\\d+)");
    private static final int ID_PAGE = 5_000;

    private final ElasticsearchClient client;
    private final ArticleIndex index;

    public IndexGenerations(ElasticsearchClient client, ArticleIndex index) {
        this.client = client;
        this.index = index;
    }

    /** The number of an {@code articles-vN} index name, or -1. */
    static int number(String name) {
        Matcher matcher = NUMBERED.matcher(name);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    /** The name of generation {@code n}. */
    public static String name(int n) {
        return "articles-v" + n;
    }

    /** The index the alias names now (creating the first one when there is none yet). */
    public String inUse() throws IOException {
        index.ensureReady();
        GetAliasResponse aliases = client.indices().getAlias(a -> a.name(ArticleIndex.ALIAS));
        Set<String> names = new TreeSet<>(aliases.aliases().keySet());
        if (names.size() != 1) {
            throw new IllegalStateException(
                    "the alias "
                            + ArticleIndex.ALIAS
                            + " names "
                            + names
                            + "; a rebuild needs it to name exactly one index");
        }
        return names.iterator().next();
    }

    /** Every {@code articles-vN} index, by number. */
    public List<String> all() throws IOException {
        Set<String> names = client.indices().get(g -> g.index("articles-v*")).indices().keySet();
        return names.stream()
                .filter(n -> number(n) >= 0)
                .sorted((a, b) -> Integer.compare(number(a), number(b)))
                .toList();
    }

    /**
     * Creates the index after every existing {@code articles-vN} (so a left-over of a rebuild that
     * died half-way is skipped, not reused), with the template's mappings and no alias.
     *
     * @throws IllegalStateException when another rebuild created it first
     */
    public String createNext() throws IOException {
        index.ensureReady();
        int highest = all().stream().mapToInt(IndexGenerations::number).max().orElse(0);
        String next = name(highest + 1);
        try {
            client.indices().create(c -> c.index(next));
        } catch (ElasticsearchException e) {
            if ("resource_already_exists_exception".equals(e.error().type())) {
                throw new IllegalStateException(
                        next + " exists already: another rebuild is creating it");
            }
            throw e;
        }
        log.info("created {} for a rebuild", next);
        return next;
    }

    /** Makes everything written to {@code name} searchable. */
    public void refresh(String name) throws IOException {
        client.indices().refresh(r -> r.index(name));
    }

    /** Documents in {@code name}. */
    public long count(String name) throws IOException {
        return client.count(c -> c.index(name)).count();
    }

    /**
     * Of {@code ids}, those that {@code name} does not hold.
     *
     * @param ids article ids, at most a few thousand per call
     */
    public Set<String> missing(String name, Set<String> ids) throws IOException {
        Set<String> missing = new HashSet<>(ids);
        List<String> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += 1_000) {
            List<FieldValue> page =
                    list.subList(from, Math.min(list.size(), from + 1_000)).stream()
                            .map(FieldValue::of)
                            .toList();
            SearchResponse<Void> found =
                    client.search(
                            s ->
                                    s.index(name)
                                            .size(page.size())
                                            .source(src -> src.fetch(false))
                                            .query(
                                                    q ->
                                                            q.terms(
                                                                    t ->
                                                                            t.field("id")
                                                                                    .terms(
                                                                                            v ->
                                                                                                    v
                                                                                                            .value(
                                                                                                                    page)))),
                            Void.class);
            for (Hit<Void> hit : found.hits().hits()) {
                missing.remove(hit.id());
            }
        }
        return missing;
    }

    /** Every article id in {@code name}. */
    public Set<String> ids(String name) throws IOException {
        Set<String> ids = new HashSet<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<Void> page =
                    client.search(
                            s -> {
                                s.index(name)
                                        .size(ID_PAGE)
                                        .source(src -> src.fetch(false))
                                        .sort(
                                                o ->
                                                        o.field(
                                                                f ->
                                                                        f.field("id")
                                                                                .order(
                                                                                        SortOrder
                                                                                                .Asc)));
                                if (searchAfter != null) {
                                    s.searchAfter(searchAfter);
                                }
                                return s;
                            },
                            Void.class);
            List<Hit<Void>> hits = page.hits().hits();
            hits.forEach(hit -> ids.add(hit.id()));
            if (hits.size() < ID_PAGE) {
                return ids;
            }
            after = hits.getLast().sort();
        }
    }

    /**
     * Points the alias from {@code from} to {@code to} in one {@code _aliases} request (remove and
     * add are applied atomically: every search sees one index or the other, never none or both).
     */
    public void swap(String from, String to) throws IOException {
        client.indices()
                .updateAliases(
                        u ->
                                u.actions(
                                                a ->
                                                        a.remove(
                                                                r ->
                                                                        r.index(from)
                                                                                .alias(
                                                                                        ArticleIndex
                                                                                                .ALIAS)))
                                        .actions(
                                                a ->
                                                        a.add(
                                                                ad ->
                                                                        ad.index(to)
                                                                                .alias(
                                                                                        ArticleIndex
                                                                                                .ALIAS)
                                                                                .isWriteIndex(
                                                                                        true))));
        log.info("alias {} moved from {} to {}", ArticleIndex.ALIAS, from, to);
    }

    /** Deletes {@code name}; never the index the alias names. */
    public void delete(String name) throws IOException {
        if (name.equals(inUse())) {
            throw new IllegalStateException(name + " is in use behind the alias; not deleting it");
        }
        client.indices().delete(d -> d.index(name));
        log.info("deleted {}", name);
    }

    /** The index names and their document counts, for reports. */
    public Map<String, Long> counts(List<String> names) throws IOException {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String name : names) {
            counts.put(name, count(name));
        }
        return counts;
    }
}

package dev.ipwire.ingest.registry;

import dev.ipwire.contracts.ArticleReceived;
import dev.ipwire.ingest.registry.StatusRules.Failure;
import dev.ipwire.ingest.registry.StatusRules.Known;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The registry every ingest instance rebuilds from the pipeline's topics ({@link
 * ArticleLogListener}, fed from Kafka by the publishing package): the latest revision of every
 * article on {@code articles.raw} (this instance's own as soon as they are published), the latest
 * enriched revision, the dead-lettered revisions, and the near-duplicate index. Whether the latest
 * revision is indexed is asked from search-service when a status is requested.
 *
 * <p>Per article it keeps a few numbers, the title and the near-duplicate signature, never the
 * text.
 */
@Component
class LogBackedArticleRegistry implements ArticleRegistry, ArticleLogListener {

    private static final Logger log = LoggerFactory.getLogger(LogBackedArticleRegistry.class);

    private final Map<String, Known> articles = new ConcurrentHashMap<>();
    private final NearDuplicateDetector detector;
    private final SearchIndex search;

    /** Serializes index updates so revisions of one id reach the detector in order. */
    private final Object indexing = new Object();

    @Autowired
    LogBackedArticleRegistry(RegistryProperties properties, SearchIndex search) {
        this(
                new NearDuplicateDetector(
                        NearDuplicateDetector.THRESHOLD, properties.maxArticles()),
                search);
    }

    LogBackedArticleRegistry(NearDuplicateDetector detector, SearchIndex search) {
        this.detector = detector;
        this.search = search;
    }

    @Override
    public Optional<String> nearDuplicateOf(String id, String title, List<String> paragraphs) {
        Known known = articles.get(id);
        if (known != null && known.isReceived()) {
            // A re-sent article keeps what it was: an original does not become a copy of the
            // republication that arrived after it, a copy stays a copy of its original.
            return Optional.ofNullable(known.nearDuplicateOf());
        }
        return detector.find(id, title, paragraphs)
                .map(
                        match -> {
                            log.debug(
                                    "article {} republishes {} (similarity {} with {})",
                                    id,
                                    match.id(),
                                    match.similarity(),
                                    match.matched());
                            return match.id();
                        });
    }

    @Override
    public void remember(ArticleReceived article) {
        record(article);
    }

    @Override
    public void received(ArticleReceived article) {
        record(article);
    }

    @Override
    public void enriched(String id, long revision) {
        articles.merge(
                id,
                withEnriched(Known.unseen(), revision),
                (known, unused) -> withEnriched(known, revision));
    }

    @Override
    public void failed(String id, Long revision, PipelineStage stage, String reason, Instant at) {
        Failure failure = new Failure(revision, at.toEpochMilli(), reason);
        articles.merge(
                id,
                withFailure(Known.unseen(), stage, failure),
                (known, unused) -> withFailure(known, stage, failure));
    }

    @Override
    public Optional<ArticleStatus> status(String id) {
        Known known = articles.get(id);
        if (known == null || !known.isReceived()) {
            return Optional.empty();
        }
        SearchIndex.Lookup lookup = search.lookup(id);
        Long indexed;
        if (lookup instanceof SearchIndex.Indexed found) {
            indexed = found.revision();
        } else if (lookup instanceof SearchIndex.Unreachable unreachable) {
            log.info(
                    "status of {}: search-service did not answer ({}); reporting the last known"
                            + " index state",
                    id,
                    unreachable.problem());
            indexed = known.lastIndexed();
        } else {
            indexed = null;
        }
        Known latest =
                articles.computeIfPresent(id, (key, current) -> withIndexed(current, indexed));
        return Optional.of(StatusRules.status(id, latest == null ? known : latest, indexed));
    }

    private void record(ArticleReceived article) {
        long receivedAt = article.receivedAt() == null ? 0 : article.receivedAt().toEpochMilli();
        synchronized (indexing) {
            boolean[] newer = {false};
            articles.compute(
                    article.id(),
                    (id, known) -> {
                        Known current = known == null ? Known.unseen() : known;
                        if (current.revision() >= article.revision()) {
                            return current;
                        }
                        newer[0] = true;
                        return new Known(
                                article.revision(),
                                receivedAt,
                                article.title(),
                                article.nearDuplicateOf(),
                                current.enriched(),
                                current.nlpFailure(),
                                current.searchFailure(),
                                current.lastIndexed());
                    });
            if (newer[0]) {
                detector.add(
                        article.id(),
                        receivedAt,
                        article.nearDuplicateOf(),
                        article.title(),
                        article.paragraphs());
            }
        }
    }

    private static Known withEnriched(Known known, long revision) {
        Long enriched = known.enriched() == null ? revision : Math.max(known.enriched(), revision);
        return new Known(
                known.revision(),
                known.receivedAt(),
                known.title(),
                known.nearDuplicateOf(),
                enriched,
                known.nlpFailure(),
                known.searchFailure(),
                known.lastIndexed());
    }

    private static Known withFailure(Known known, PipelineStage stage, Failure failure) {
        return new Known(
                known.revision(),
                known.receivedAt(),
                known.title(),
                known.nearDuplicateOf(),
                known.enriched(),
                stage == PipelineStage.NLP
                        ? Failure.latest(known.nlpFailure(), failure)
                        : known.nlpFailure(),
                stage == PipelineStage.SEARCH
                        ? Failure.latest(known.searchFailure(), failure)
                        : known.searchFailure(),
                known.lastIndexed());
    }

    private static Known withIndexed(Known known, Long indexed) {
        return new Known(
                known.revision(),
                known.receivedAt(),
                known.title(),
                known.nearDuplicateOf(),
                known.enriched(),
                known.nlpFailure(),
                known.searchFailure(),
                indexed);
    }
}

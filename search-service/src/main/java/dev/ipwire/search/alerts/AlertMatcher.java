package dev.ipwire.search.alerts;

import dev.ipwire.search.query.ArticleMatch;
import dev.ipwire.search.query.SavedSearchMatcher;
import dev.ipwire.search.query.SearchRequest;
import dev.ipwire.search.retry.BackoffSchedule;
import dev.ipwire.search.retry.Retrier;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Matches newly indexed article revisions against every alert, in rounds: what the consumer queued
 * since the last round (up to {@code batch-size}) is matched with one refresh and one Elasticsearch
 * search per {@code alerts-per-request} alerts, off the consumer thread. A round writes its
 * deliveries to the outbox, then marks its revisions done in the checks ledger; a round that does
 * not finish (a crash, Elasticsearch down) leaves them pending there, and {@link #recover} queues
 * them again.
 */
@Component
class AlertMatcher {

    private static final Logger log = LoggerFactory.getLogger(AlertMatcher.class);

    /** An article revision to match. */
    record ArticleRevision(String articleId, long revision) {}

    private final AlertRegistry registry;
    private final SavedSearchMatcher matcher;
    private final ArticleChecks checks;
    private final WebhookDispatcher dispatcher;
    private final JsonMapper json;
    private final AlertProperties.Matching settings;
    private final BackoffSchedule schedule;
    private final BlockingQueue<ArticleRevision> queue = new LinkedBlockingQueue<>();
    private final Set<ArticleRevision> queued = ConcurrentHashMap.newKeySet();
    private volatile Thread worker;

    AlertMatcher(
            AlertRegistry registry,
            SavedSearchMatcher matcher,
            ArticleChecks checks,
            WebhookDispatcher dispatcher,
            JsonMapper json,
            AlertProperties properties) {
        this.registry = registry;
        this.matcher = matcher;
        this.checks = checks;
        this.dispatcher = dispatcher;
        this.json = json;
        this.settings = properties.matching();
        this.schedule = AlertBackoffs.of(settings);
    }

    /** Queues a revision for the next round; a no-op when it is queued already. */
    void enqueue(String articleId, long revision) {
        ArticleRevision item = new ArticleRevision(articleId, revision);
        if (queued.add(item)) {
            queue.add(item);
        }
    }

    /** Queues the revisions left pending in the ledger for longer than {@code olderThan}. */
    void recover(Duration olderThan) {
        try {
            List<ArticleChecks.Check> pending =
                    checks.pending(settings.batchSize() * 10, Instant.now().minus(olderThan));
            if (!pending.isEmpty()) {
                log.info("resuming alert matching of {} article revision(s)", pending.size());
            }
            pending.forEach(check -> enqueue(check.articleId(), check.revision()));
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "could not look for unfinished alert matching ({}); will try again",
                    e.toString());
        }
    }

    synchronized void start() {
        if (worker == null) {
            worker = Thread.ofPlatform().name("alert-matcher").daemon(true).start(this::run);
        }
    }

    synchronized void stop() {
        Thread stopping = worker;
        worker = null;
        if (stopping != null) {
            stopping.interrupt();
            try {
                stopping.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** How many revisions wait for a round. */
    int backlog() {
        return queue.size();
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            List<ArticleRevision> round = new ArrayList<>();
            try {
                round.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(round, settings.batchSize() - 1);
            try {
                match(round);
            } finally {
                round.forEach(queued::remove);
            }
        }
    }

    private void match(List<ArticleRevision> round) {
        Map<String, Long> revisions = new LinkedHashMap<>();
        round.forEach(r -> revisions.merge(r.articleId(), r.revision(), Math::max));
        String what =
                "matching " + revisions.size() + " new article revision(s) against the alerts";
        try {
            Retrier.run(
                    what,
                    0,
                    schedule.waitsAfter(0),
                    failure -> !(failure instanceof InterruptedException),
                    () -> {
                        matchOnce(revisions);
                        return null;
                    });
        } catch (RetryException e) {
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                return;
            }
            log.error(
                    "alert matching of articles {} left pending; it is retried within {}",
                    revisions.keySet(),
                    settings.recoveryInterval(),
                    e.getLastException());
        }
    }

    /** One round: match, write the deliveries, then mark the revisions done (in that order). */
    void matchOnce(Map<String, Long> revisions) throws IOException {
        Collection<Alert> alerts = registry.current();
        if (!alerts.isEmpty()) {
            Map<String, SearchRequest> searches = new LinkedHashMap<>();
            alerts.forEach(alert -> searches.put(alert.id(), alert.search()));
            List<ArticleMatch> matches =
                    matcher.matches(searches, revisions, settings.alertsPerRequest());
            Instant now = Instant.now();
            List<DeliveryOutbox.NewDelivery> deliveries = new ArrayList<>();
            for (ArticleMatch match : matches) {
                String payload =
                        json.writeValueAsString(
                                AlertMatched.of(match.searchKey(), match.article(), now));
                deliveries.add(
                        new DeliveryOutbox.NewDelivery(
                                match.searchKey(),
                                match.article().id(),
                                match.article().revision(),
                                payload));
            }
            int created = dispatcher.deliverNew(deliveries);
            if (!matches.isEmpty()) {
                log.info(
                        "{} alert match(es) among {} new article revision(s), {} new deliveries",
                        matches.size(),
                        revisions.size(),
                        created);
            }
        }
        checks.markDone(revisions);
    }
}

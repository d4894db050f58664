package dev.ipwire.search.alerts;

import dev.ipwire.search.retry.BackoffSchedule;
import dev.ipwire.search.retry.Retrier;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox's deliveries to their webhooks, at least once.
 *
 * <p>Each delivery this instance works on gets a virtual thread that runs its attempts through
 * {@link Retrier}: the waits between attempts cost no platform thread, and {@code concurrency}
 * bounds only the requests actually in flight. Every failed attempt is written to the outbox with
 * the time of the next one, so after a restart (or on another instance, once the claim's lease has
 * run out) the delivery resumes where it stood instead of starting over. A delivery ends as
 * delivered, failed (attempts used up, or the webhook rejected it) or cancelled (its alert was
 * deleted).
 */
@Component
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    /** Pages of finished deliveries deleted per purge, so that one purge cannot run for long. */
    static final int MAX_PURGED_PAGES = 100;

    private final DeliveryOutbox outbox;
    private final AlertRegistry registry;
    private final AlertStore store;
    private final WebhookSender sender;
    private final AlertProperties.Delivery settings;
    private final BackoffSchedule schedule;
    private final Semaphore requests;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final String instanceId =
            "search-"
                    + ProcessHandle.current().pid()
                    + "-"
                    + UUID.randomUUID().toString().substring(0, 8);
    private volatile ExecutorService workers;

    WebhookDispatcher(
            DeliveryOutbox outbox,
            AlertRegistry registry,
            AlertStore store,
            WebhookSender sender,
            AlertProperties properties) {
        this.outbox = outbox;
        this.registry = registry;
        this.store = store;
        this.sender = sender;
        this.settings = properties.delivery();
        this.schedule = AlertBackoffs.of(settings);
        this.requests = new Semaphore(settings.concurrency());
    }

    synchronized void start() {
        if (workers == null) {
            workers =
                    Executors.newThreadPerTaskExecutor(
                            Thread.ofVirtual().name("alert-delivery-", 0).factory());
        }
    }

    /** Stops every delivery in progress; each gives up its claim so it can resume at once. */
    synchronized void stop() {
        ExecutorService stopping = workers;
        workers = null;
        if (stopping == null) {
            return;
        }
        stopping.shutdownNow();
        try {
            if (!stopping.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("{} webhook deliveries did not stop in time", inFlight.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Writes new deliveries to the outbox, claimed by this instance, and starts them.
     *
     * @return how many were new (a match found before is not delivered twice)
     */
    int deliverNew(List<DeliveryOutbox.NewDelivery> deliveries) throws IOException {
        List<Delivery> created = outbox.create(deliveries, instanceId, leaseFromNow());
        created.forEach(this::begin);
        return created.size();
    }

    /** Claims and starts deliveries that are due and held by nobody. */
    void pollOutbox() {
        int room = settings.maxInFlight() - inFlight.size();
        if (workers == null || room <= 0) {
            return;
        }
        try {
            for (Delivery due : outbox.due(Math.min(room, DeliveryOutbox.PAGE), Instant.now())) {
                if (!inFlight.contains(due.id())) {
                    outbox.claim(due, instanceId, leaseFromNow()).ifPresent(this::begin);
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("could not read the alert outbox ({}); will try again", e.toString());
        }
    }

    /** Deletes deliveries finished longer ago than the retention (a bounded number per call). */
    void purge() {
        try {
            Instant before = Instant.now().minus(settings.retention());
            int purged = 0;
            for (int page = 0; page < MAX_PURGED_PAGES; page++) {
                int deleted = outbox.purgeFinishedBefore(before);
                purged += deleted;
                if (deleted < DeliveryOutbox.PAGE) {
                    break;
                }
            }
            if (purged > 0) {
                log.info("deleted {} finished webhook deliveries past retention", purged);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("could not purge the alert outbox ({})", e.toString());
        }
    }

    /** Deliveries this instance is working on. */
    int inFlight() {
        return inFlight.size();
    }

    private void begin(Delivery delivery) {
        ExecutorService executor = workers;
        if (executor == null || inFlight.size() >= settings.maxInFlight()) {
            // no room (or stopping): let the poller, here or elsewhere, take it up later
            quietly("releasing", delivery, () -> outbox.release(delivery));
            return;
        }
        if (!inFlight.add(delivery.id())) {
            return;
        }
        try {
            executor.execute(
                    () -> {
                        try {
                            deliver(delivery);
                        } finally {
                            inFlight.remove(delivery.id());
                        }
                    });
        } catch (RuntimeException rejected) {
            inFlight.remove(delivery.id());
            quietly("releasing", delivery, () -> outbox.release(delivery));
        }
    }

    /** Where one delivery stands during a run of attempts. */
    private static final class Progress {
        Delivery current;
        int attemptsMade;
        int failuresInRun;

        Progress(Delivery delivery) {
            this.current = delivery;
            this.attemptsMade = delivery.attempts();
        }
    }

    private void deliver(Delivery delivery) {
        Optional<Alert> found;
        try {
            found = alertOf(delivery.alertId());
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "could not look up the alert of {} ({}); it resumes when its claim runs out",
                    delivery.id(),
                    e.toString());
            return;
        }
        if (found.isEmpty()) {
            quietly("cancelling", delivery, () -> outbox.cancelled(delivery));
            return;
        }
        Alert alert = found.get();
        Progress progress = new Progress(delivery);
        if (delivery.attempts() >= schedule.maxAttempts()) {
            quietly(
                    "recording the failure of",
                    delivery,
                    () ->
                            outbox.failed(
                                    delivery,
                                    delivery.attempts(),
                                    null,
                                    "all " + schedule.maxAttempts() + " attempts were made"));
            return;
        }
        List<Duration> waits = schedule.waitsAfter(delivery.attempts());
        String what = delivery.describe(alert.webhook());
        try {
            Retrier.run(
                    what,
                    delivery.attempts(),
                    waits,
                    failure -> failure instanceof DeliveryFailure f && f.retryable(),
                    () -> {
                        attempt(alert, progress, waits);
                        return null;
                    });
        } catch (RetryException e) {
            finish(progress, e);
        }
    }

    private void attempt(Alert alert, Progress progress, List<Duration> waits)
            throws IOException, InterruptedException, DeliveryFailure {
        Delivery delivery = progress.current;
        if (alertOf(alert.id()).isEmpty()) {
            throw DeliveryFailure.alertDeleted(alert.id());
        }
        int number = progress.attemptsMade + 1;
        DeliveryFailure failure;
        requests.acquire();
        try {
            WebhookSender.Answer answer =
                    sender.post(
                            alert.webhook(),
                            alert.secret(),
                            delivery.id(),
                            number,
                            delivery.payload());
            if (answer.accepted()) {
                progress.attemptsMade = number;
                try {
                    outbox.delivered(delivery, number, answer.status());
                } catch (DeliveryOutbox.ClaimLostException e) {
                    log.info("{} was accepted, but had been cancelled meanwhile", delivery.id());
                }
                return;
            }
            failure =
                    DeliveryFailure.answered(
                            answer.status(), answer.bodyStart(), settings.giveUpOnClientErrors());
        } catch (WebhookTargets.RefusedTargetException e) {
            failure = DeliveryFailure.targetRefused(e);
        } catch (IOException e) {
            failure = DeliveryFailure.noAnswer(e);
        } finally {
            requests.release();
        }
        progress.attemptsMade = number;
        int waitIndex = progress.failuresInRun++;
        if (failure.retryable() && waitIndex < waits.size()) {
            Instant next = Instant.now().plus(waits.get(waitIndex));
            progress.current =
                    outbox.failedAttempt(
                            delivery,
                            number,
                            failure.httpStatus(),
                            failure.getMessage(),
                            next,
                            next.plus(settings.claimLease()).plus(settings.requestTimeout()));
        }
        throw failure;
    }

    /** After the run ended without the webhook accepting the delivery. */
    private void finish(Progress progress, RetryException ended) {
        Throwable last = ended.getLastException();
        Delivery delivery = progress.current;
        if (Thread.interrupted() || last instanceof InterruptedException) {
            // shutting down: let the next instance (or this one restarted) resume at once
            quietly("releasing", delivery, () -> outbox.release(delivery));
            Thread.currentThread().interrupt();
        } else if (last instanceof DeliveryOutbox.ClaimLostException) {
            log.info("stopped {}: {}", delivery.id(), last.getMessage());
        } else if (last instanceof DeliveryFailure failure && failure.alertDeleted()) {
            log.info("cancelled {}: {}", delivery.id(), failure.getMessage());
            quietly("cancelling", delivery, () -> outbox.cancelled(delivery));
        } else if (last instanceof DeliveryFailure failure) {
            if (!failure.retryable()) {
                log.warn(
                        "{} was rejected: {}; recorded as failed",
                        delivery.id(),
                        failure.getMessage());
            }
            quietly(
                    "recording the failure of",
                    delivery,
                    () ->
                            outbox.failed(
                                    delivery,
                                    progress.attemptsMade,
                                    failure.httpStatus(),
                                    failure.getMessage()));
        } else {
            // Elasticsearch failed (the outbox or the alert could not be read or written): the
            // claim runs out and the delivery is taken up again, possibly repeating an attempt
            log.warn(
                    "stopped {} because Elasticsearch failed ({}); it resumes when its claim runs"
                            + " out",
                    delivery.id(),
                    last == null ? ended.getMessage() : last.toString());
        }
    }

    private Optional<Alert> alertOf(String alertId) throws IOException {
        Optional<Alert> known = registry.find(alertId);
        // an alert created through another instance may not have reached this registry yet
        return known.isPresent() ? known : store.find(alertId);
    }

    private Instant leaseFromNow() {
        return Instant.now().plus(settings.claimLease()).plus(settings.requestTimeout());
    }

    @FunctionalInterface
    private interface OutboxWrite {
        void run() throws IOException;
    }

    private static void quietly(String doing, Delivery delivery, OutboxWrite write) {
        try {
            write.run();
        } catch (DeliveryOutbox.ClaimLostException e) {
            log.info("{} {}: {}", doing, delivery.id(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "{} {} failed ({}); its claim will run out",
                    doing,
                    delivery.id(),
                    e.toString());
        }
    }
}

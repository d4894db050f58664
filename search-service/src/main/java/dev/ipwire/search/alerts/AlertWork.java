package dev.ipwire.search.alerts;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Starts and stops the background work of alerts, in order: read the alerts, resume unfinished
 * matching and deliveries, then keep doing so periodically. Stopped before the web server and the
 * Elasticsearch client go, so that deliveries in progress can give up their claims.
 */
@Component
class AlertWork implements SmartLifecycle {

    static final Duration PURGE_INTERVAL = Duration.ofHours(1);

    private final AlertRegistry registry;
    private final AlertMatcher matcher;
    private final WebhookDispatcher dispatcher;
    private final AlertProperties properties;
    private ScheduledExecutorService timer;

    AlertWork(
            AlertRegistry registry,
            AlertMatcher matcher,
            WebhookDispatcher dispatcher,
            AlertProperties properties,
            ObjectProvider<MeterRegistry> meters) {
        this.registry = registry;
        this.matcher = matcher;
        this.dispatcher = dispatcher;
        this.properties = properties;
        meters.ifAvailable(this::gauges);
    }

    /** What an operator watches: alerts known, articles waiting to be matched, deliveries busy. */
    private void gauges(MeterRegistry meters) {
        Gauge.builder("ipwire.alerts", registry, AlertRegistry::size)
                .description("alerts this instance matches new articles against")
                .register(meters);
        Gauge.builder("ipwire.alerts.matching.backlog", matcher, AlertMatcher::backlog)
                .description("new article revisions waiting to be matched against the alerts")
                .register(meters);
        Gauge.builder("ipwire.alerts.deliveries.in.flight", dispatcher, WebhookDispatcher::inFlight)
                .description("webhook deliveries this instance is working on (waits included)")
                .register(meters);
    }

    @Override
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer =
                Executors.newSingleThreadScheduledExecutor(
                        Thread.ofPlatform().name("alerts-timer").daemon(true).factory());
        dispatcher.start();
        matcher.start();
        Duration recovery = properties.matching().recoveryInterval();
        // at start-up, whatever was left pending before the stop; later, what is stuck for long
        timer.execute(
                () -> {
                    registry.reloadQuietly();
                    matcher.recover(Duration.ZERO);
                    dispatcher.pollOutbox();
                });
        every(properties.refreshInterval(), registry::reloadQuietly);
        every(recovery, () -> matcher.recover(recovery));
        every(properties.delivery().pollInterval(), dispatcher::pollOutbox);
        every(PURGE_INTERVAL, dispatcher::purge);
    }

    private void every(Duration interval, Runnable task) {
        timer.scheduleWithFixedDelay(
                task, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (timer == null) {
            return;
        }
        // let a periodic task that is running finish rather than interrupt its request
        timer.shutdown();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer = null;
        matcher.stop();
        dispatcher.stop();
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}

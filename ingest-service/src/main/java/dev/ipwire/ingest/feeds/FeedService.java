package dev.ipwire.ingest.feeds;

import dev.ipwire.ingest.intake.ArticleIntake;
import dev.ipwire.ingest.publishing.BrokerUnavailableException;
import dev.ipwire.ingest.publishing.FeedRegistrationLog;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The feeds this instance polls — configured ones and those registered through the API — and the
 * scheduler that polls each at its own interval (one thread: feeds are polled one at a time, each
 * fetch bounded by the request timeout).
 *
 * <p>Registrations are stored in the compacted topic {@code ingest.feeds} ({@link
 * FeedRegistrationLog}) and read back from its beginning at start-up, so they survive a restart.
 * What polling has learnt (validators, keys of the items already sent, counters) is kept in memory:
 * after a restart every item still in a feed is sent once more, as a new revision of the same
 * article (the article id is {@code sha256(source + item key)}), never as a second article.
 *
 * <p>The registrations are loaded before the web server takes requests; when the broker cannot be
 * read within {@link #LOAD_WAIT}, start-up goes on, loading is retried every {@link #LOAD_RETRY},
 * and registering or deleting answers 503 until it succeeds (configured feeds are polled
 * meanwhile).
 *
 * <p>Only feed documents are fetched, never the article pages their items link to. Any http(s)
 * address may be registered, internal ones included: keep the API behind the service's access
 * control.
 */
@Service
public class FeedService implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedService.class);

    /** Longest start-up waits for the stored registrations. */
    static final Duration LOAD_WAIT = Duration.ofSeconds(10);

    /** Time between two attempts to load the registrations when the broker was down. */
    static final Duration LOAD_RETRY = Duration.ofSeconds(30);

    /** Longest interval a registration may ask for. */
    static final Duration MAX_INTERVAL = Duration.ofDays(7);

    /** Longest outlet name. */
    static final int MAX_NAME_LENGTH = 200;

    private final FeedProperties properties;
    private final FeedRegistrationLog registrations;
    private final JsonMapper json;
    private final Clock clock;
    private final FeedFetcher fetcher;
    private final FeedPoller poller;

    /** All feeds by id, configured first, then registered ones in registration order. */
    private final Map<String, FeedState> feeds = new LinkedHashMap<>();

    private final Map<String, ScheduledFuture<?>> schedules = new ConcurrentHashMap<>();

    /** Serializes registrations and deletions (each writes to Kafka before it takes effect). */
    private final Object changes = new Object();

    private ScheduledExecutorService scheduler;
    private volatile boolean loaded;
    private volatile boolean running;

    @Autowired
    public FeedService(
            FeedProperties properties,
            ArticleIntake intake,
            FeedRegistrationLog registrations,
            JsonMapper json) {
        this(properties, intake, registrations, json, Clock.systemUTC());
    }

    FeedService(
            FeedProperties properties,
            ArticleIntake intake,
            FeedRegistrationLog registrations,
            JsonMapper json,
            Clock clock) {
        this.properties = properties;
        this.registrations = registrations;
        this.json = json;
        this.clock = clock;
        this.fetcher =
                new FeedFetcher(
                        properties.requestTimeout(), properties.maxResponseSize().toBytes());
        this.poller = new FeedPoller(intake, fetcher, properties, clock);
        for (FeedProperties.ConfiguredFeed configured : properties.feeds()) {
            URI url = URI.create(configured.url());
            String id = FeedUrls.id(url);
            if (feeds.containsKey(id)) {
                throw new IllegalStateException(
                        "ipwire.ingest.feeds.feeds lists " + url + " twice");
            }
            Duration interval =
                    configured.interval() != null
                            ? configured.interval()
                            : properties.defaultInterval();
            feeds.put(
                    id,
                    new FeedState(
                            new FeedRegistration(
                                    id,
                                    url,
                                    configured.name(),
                                    interval,
                                    FeedRegistration.Origin.CONFIGURED,
                                    null),
                            properties.seenItemsPerFeed()));
        }
    }

    /** True when this instance polls feeds. */
    public boolean enabled() {
        return properties.enabled();
    }

    /** Every feed, configured first, then the registered ones in the order they were made. */
    public List<FeedSummary> list() {
        List<FeedState> states;
        synchronized (feeds) {
            states = new ArrayList<>(feeds.values());
        }
        return states.stream().map(state -> FeedSummary.of(state, properties.enabled())).toList();
    }

    /**
     * The feed with {@code id}.
     *
     * @throws FeedRequestException ({@code UNKNOWN}) when there is none
     */
    public FeedSummary find(String id) {
        return FeedSummary.of(state(id), properties.enabled());
    }

    /**
     * Registers a feed, stores the registration and polls it at once, then at its interval.
     *
     * @param url the feed's address: absolute, http or https
     * @param name the outlet, optional
     * @param interval time between polls, optional ({@code 10m}, {@code PT10M}, or seconds)
     * @throws FeedRequestException when the input is invalid ({@code INVALID}), the feed exists
     *     ({@code CONFLICT}), polling is disabled ({@code DISABLED}) or the registration could not
     *     be stored ({@code UNAVAILABLE})
     */
    public FeedSummary register(String url, String name, String interval) {
        requireEnabled();
        URI address = FeedUrls.validate(url);
        String outlet = name(name);
        Duration every = interval(interval);
        String id = FeedUrls.id(address);
        synchronized (changes) {
            requireLoaded();
            FeedState existing;
            synchronized (feeds) {
                existing = feeds.get(id);
            }
            if (existing != null) {
                throw new FeedRequestException(
                        FeedRequestException.Reason.CONFLICT,
                        "the feed "
                                + address
                                + " is already "
                                + (existing.registration().origin()
                                                == FeedRegistration.Origin.CONFIGURED
                                        ? "configured"
                                        : "registered")
                                + " with id "
                                + id
                                + "; delete it first to change its name or interval");
            }
            FeedRegistration registration =
                    new FeedRegistration(
                            id,
                            address,
                            outlet,
                            every,
                            FeedRegistration.Origin.REGISTERED,
                            Instant.now(clock));
            try {
                registrations.put(id, json.writeValueAsString(StoredFeed.of(registration)));
            } catch (BrokerUnavailableException e) {
                throw new FeedRequestException(
                        FeedRequestException.Reason.UNAVAILABLE,
                        "the feed was not registered because the event log is unavailable ("
                                + e.getMessage()
                                + "); send the registration again later",
                        e);
            }
            FeedState state = new FeedState(registration, properties.seenItemsPerFeed());
            synchronized (feeds) {
                feeds.put(id, state);
            }
            schedule(state);
            log.info("feed {} registered as {} (every {})", address, id, every);
            return FeedSummary.of(state, true);
        }
    }

    /**
     * Deletes a registered feed (writes its tombstone) and stops polling it.
     *
     * @throws FeedRequestException when there is no such feed ({@code UNKNOWN}), it is configured
     *     ({@code CONFLICT}), polling is disabled ({@code DISABLED}) or the deletion could not be
     *     stored ({@code UNAVAILABLE})
     */
    public void delete(String id) {
        requireEnabled();
        synchronized (changes) {
            requireLoaded();
            FeedState state = state(id);
            if (state.registration().origin() == FeedRegistration.Origin.CONFIGURED) {
                throw new FeedRequestException(
                        FeedRequestException.Reason.CONFLICT,
                        "the feed "
                                + state.registration().url()
                                + " is configured (ipwire.ingest.feeds.feeds); remove it from the"
                                + " configuration instead");
            }
            try {
                registrations.delete(id);
            } catch (BrokerUnavailableException e) {
                throw new FeedRequestException(
                        FeedRequestException.Reason.UNAVAILABLE,
                        "the feed was not deleted because the event log is unavailable ("
                                + e.getMessage()
                                + "); try again later",
                        e);
            }
            synchronized (feeds) {
                feeds.remove(id);
            }
            ScheduledFuture<?> schedule = schedules.remove(id);
            if (schedule != null) {
                schedule.cancel(false);
            }
            log.info("feed {} ({}) deleted", state.registration().url(), id);
        }
    }

    @Override
    public void start() {
        running = true;
        if (!properties.enabled()) {
            log.info("feed polling is disabled (ipwire.ingest.feeds.enabled=false)");
            return;
        }
        scheduler =
                Executors.newSingleThreadScheduledExecutor(
                        Thread.ofPlatform().name("feed-poller").daemon().factory());
        List<FeedState> configured;
        synchronized (feeds) {
            configured = new ArrayList<>(feeds.values());
        }
        configured.forEach(this::schedule);
        if (!loadRegistrations()) {
            scheduler.schedule(this::retryLoad, LOAD_RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
        log.info(
                "feed polling started: {} configured feeds, registrations {}",
                configured.size(),
                loaded ? "loaded" : "not loaded yet");
    }

    @Override
    public void stop() {
        running = false;
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        fetcher.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the web server, so the registrations are loaded before the first request. */
    @Override
    public int getPhase() {
        return 0;
    }

    /** True once the registrations stored in Kafka are loaded. */
    boolean registrationsLoaded() {
        return loaded;
    }

    private void retryLoad() {
        if (!loadRegistrations() && running) {
            scheduler.schedule(this::retryLoad, LOAD_RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Reads the registrations back from Kafka; false when the broker could not be read. */
    private boolean loadRegistrations() {
        Map<String, String> stored;
        try {
            stored = registrations.readAll(LOAD_WAIT);
        } catch (BrokerUnavailableException e) {
            log.warn(
                    "feed registrations not loaded ({}); trying again in {} s; registering and"
                            + " deleting feeds answer 503 until then",
                    e.getMessage(),
                    LOAD_RETRY.toSeconds());
            return false;
        }
        synchronized (changes) {
            int count = 0;
            for (Map.Entry<String, String> entry : stored.entrySet()) {
                FeedRegistration registration = parse(entry.getKey(), entry.getValue());
                if (registration == null) {
                    continue;
                }
                FeedState state = new FeedState(registration, properties.seenItemsPerFeed());
                synchronized (feeds) {
                    if (feeds.containsKey(registration.id())) {
                        log.info(
                                "registered feed {} is also configured; the configuration wins",
                                registration.url());
                        continue;
                    }
                    feeds.put(registration.id(), state);
                }
                schedule(state);
                count++;
            }
            loaded = true;
            log.info("{} registered feeds loaded from {}", count, FeedRegistrationLog.TOPIC);
        }
        return true;
    }

    private FeedRegistration parse(String key, String value) {
        try {
            FeedRegistration registration =
                    json.readValue(value, StoredFeed.class).toRegistration();
            if (!registration.id().equals(key)) {
                log.warn(
                        "skipping the stored feed under key {}: its content is feed {}",
                        key,
                        registration.id());
                return null;
            }
            return registration;
        } catch (RuntimeException e) {
            log.warn("skipping the unreadable stored feed {}: {}", key, e.getMessage());
            return null;
        }
    }

    private void schedule(FeedState state) {
        if (scheduler == null || scheduler.isShutdown()) {
            return;
        }
        Duration interval = state.registration().interval();
        ScheduledFuture<?> future =
                scheduler.scheduleWithFixedDelay(
                        () -> pollSafely(state), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        schedules.put(state.registration().id(), future);
    }

    /** An exception escaping a periodic task would cancel it for good: catch everything. */
    private void pollSafely(FeedState state) {
        try {
            poller.poll(state);
        } catch (Throwable e) {
            log.error("feed {}: poll failed", state.registration().url(), e);
        }
    }

    private FeedState state(String id) {
        FeedState state;
        synchronized (feeds) {
            state = feeds.get(id);
        }
        if (state == null) {
            throw new FeedRequestException(
                    FeedRequestException.Reason.UNKNOWN,
                    "no feed has the id \"" + id + "\"; GET /api/v1/feeds lists them");
        }
        return state;
    }

    private void requireEnabled() {
        if (!properties.enabled()) {
            throw new FeedRequestException(
                    FeedRequestException.Reason.DISABLED,
                    "feed polling is disabled on this instance; set"
                            + " ipwire.ingest.feeds.enabled=true to register feeds");
        }
    }

    private void requireLoaded() {
        if (!loaded) {
            throw new FeedRequestException(
                    FeedRequestException.Reason.UNAVAILABLE,
                    "the stored feed registrations are not loaded yet (the event log is"
                            + " unavailable); try again later");
        }
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String value = name.strip();
        if (value.length() > MAX_NAME_LENGTH) {
            throw new FeedRequestException(
                    FeedRequestException.Reason.INVALID,
                    "the feed \"name\" is longer than " + MAX_NAME_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new FeedRequestException(
                    FeedRequestException.Reason.INVALID,
                    "the feed \"name\" contains control characters");
        }
        return value;
    }

    private Duration interval(String text) {
        if (text == null || text.isBlank()) {
            return properties.defaultInterval();
        }
        String value = text.strip();
        Duration interval;
        try {
            interval =
                    value.matches("\\d{1,9}")
                            ? Duration.ofSeconds(Long.parseLong(value))
                            : DurationStyle.detectAndParse(value);
        } catch (RuntimeException e) {
            throw new FeedRequestException(
                    FeedRequestException.Reason.INVALID,
                    "the \"interval\" \""
                            + value
                            + "\" is not a duration: use e.g. 30s, 10m, 1h, PT10M or a number of"
                            + " seconds");
        }
        if (interval.compareTo(properties.minInterval()) < 0) {
            throw new FeedRequestException(
                    FeedRequestException.Reason.INVALID,
                    "the \"interval\" "
                            + value
                            + " is shorter than the shortest allowed, "
                            + DurationStyle.SIMPLE.print(properties.minInterval()));
        }
        if (interval.compareTo(MAX_INTERVAL) > 0) {
            throw new FeedRequestException(
                    FeedRequestException.Reason.INVALID,
                    "the \"interval\" " + value + " is longer than the longest allowed, 7d");
        }
        return interval;
    }

    /** A registration as stored in {@code ingest.feeds} (JSON, plain strings). */
    record StoredFeed(String id, String url, String name, String interval, String registeredAt) {

        static StoredFeed of(FeedRegistration registration) {
            return new StoredFeed(
                    registration.id(),
                    registration.url().toString(),
                    registration.name(),
                    registration.interval().toString(),
                    registration.registeredAt().toString());
        }

        FeedRegistration toRegistration() {
            URI address = FeedUrls.validate(url);
            return new FeedRegistration(
                    FeedUrls.id(address),
                    address,
                    name == null || name.isBlank() ? null : name.strip(),
                    Duration.parse(interval),
                    FeedRegistration.Origin.REGISTERED,
                    registeredAt == null ? null : Instant.parse(registeredAt));
        }
    }
}

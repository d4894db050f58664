package dev.ipwire.ingest.identity;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Hands out revisions: the acceptance time in epoch milliseconds, strictly increasing per article
 * id. Time-based revisions stay monotonic across restarts and across several ingest instances (up
 * to clock skew) without shared state; the last revision of recently seen ids is remembered so two
 * posts within the same millisecond still get distinct, increasing revisions.
 */
@Component
public class RevisionClock {

    private static final int REMEMBERED_IDS = 100_000;

    private final Clock clock;
    private final Map<String, Long> lastRevision =
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                    return size() > REMEMBERED_IDS;
                }
            };

    public RevisionClock() {
        this(Clock.systemUTC());
    }

    RevisionClock(Clock clock) {
        this.clock = clock;
    }

    /** A revision for {@code id} greater than any this instance handed out for it before. */
    public synchronized long next(String id) {
        long now = clock.millis();
        Long last = lastRevision.get(id);
        long revision = last == null ? now : Math.max(now, last + 1);
        lastRevision.put(id, revision);
        return revision;
    }
}

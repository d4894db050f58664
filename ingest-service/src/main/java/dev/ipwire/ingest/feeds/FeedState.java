package dev.ipwire.ingest.feeds;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A feed and what polling it has learnt: the validators of the last complete fetch, the keys of the
 * items already handled (bounded, least recently present forgotten first), and its status.
 *
 * <p>Polls of one feed are serialized by the poller (it locks the state); the status is published
 * as an immutable snapshot so the API reads it without locking.
 */
final class FeedState {

    private final FeedRegistration registration;
    private final int seenLimit;
    private final Set<String> seen = new LinkedHashSet<>();
    private String etag;
    private String lastModified;
    private volatile FeedStatus status = FeedStatus.pending();

    FeedState(FeedRegistration registration, int seenLimit) {
        this.registration = registration;
        this.seenLimit = seenLimit;
    }

    FeedRegistration registration() {
        return registration;
    }

    FeedStatus status() {
        return status;
    }

    void status(FeedStatus status) {
        this.status = status;
    }

    String etag() {
        return etag;
    }

    String lastModified() {
        return lastModified;
    }

    void validators(String etag, String lastModified) {
        this.etag = etag;
        this.lastModified = lastModified;
    }

    /** True when the item was handled before; refreshes it as recently present. */
    boolean seen(String key) {
        if (seen.remove(key)) {
            seen.add(key);
            return true;
        }
        return false;
    }

    void markSeen(String key) {
        seen.remove(key);
        seen.add(key);
        Iterator<String> oldest = seen.iterator();
        while (seen.size() > seenLimit && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    int seenCount() {
        return seen.size();
    }
}

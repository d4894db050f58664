package dev.ipwire.search.retry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The waits between attempts: exponential (Spring's {@link ExponentialBackOff}: initial wait,
 * multiplier, cap) with jitter, drawn once per run of attempts so that the wait before each next
 * attempt is known when an attempt fails (it is written to the outbox as the next attempt's time).
 * A run that resumes after some attempts (a restart) continues the schedule where it stood.
 */
public final class BackoffSchedule {

    private final int maxAttempts;
    private final ExponentialBackOff backOff;

    /**
     * @param maxAttempts attempts in all, the first included
     * @param initial wait before the second attempt
     * @param max longest wait
     * @param multiplier growth from one wait to the next
     * @param jitter spread as a fraction of each wait (0 for none)
     */
    public BackoffSchedule(
            int maxAttempts, Duration initial, Duration max, double multiplier, double jitter) {
        this.maxAttempts = maxAttempts;
        this.backOff = new ExponentialBackOff(initial.toMillis(), multiplier);
        backOff.setMaxInterval(max.toMillis());
        // Spring scales the jitter with the wait: jitter × initial at the first wait, and so on.
        backOff.setJitter(Math.round(initial.toMillis() * jitter));
        backOff.setMaxAttempts(Math.max(0, maxAttempts - 1));
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * The waits before the attempts still allowed after {@code attemptsMade}, but the first of
     * them, which is made at once: empty when at most one attempt is left.
     */
    public List<Duration> waitsAfter(int attemptsMade) {
        BackOffExecution execution = backOff.start();
        for (int skipped = 0; skipped < attemptsMade; skipped++) {
            if (execution.nextBackOff() == BackOffExecution.STOP) {
                return List.of();
            }
        }
        List<Duration> waits = new ArrayList<>();
        for (long wait = execution.nextBackOff();
                wait != BackOffExecution.STOP;
                wait = execution.nextBackOff()) {
            waits.add(Duration.ofMillis(wait));
        }
        return List.copyOf(waits);
    }

    /** A {@link BackOff} that waits exactly {@code waits}, then stops. */
    public static BackOff replaying(List<Duration> waits) {
        return () -> {
            var next = waits.iterator();
            return () -> next.hasNext() ? next.next().toMillis() : BackOffExecution.STOP;
        };
    }
}

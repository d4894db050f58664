package dev.ipwire.search.retry;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;

/**
 * The one way search-service retries anything (writing an article to the index, matching a round of
 * articles for alerts, delivering to a webhook): Spring's {@link RetryTemplate} with a schedule of
 * waits, and log lines that say what is being retried, which attempt failed and why, and when the
 * next one comes.
 */
public final class Retrier {

    private static final Logger log = LoggerFactory.getLogger(Retrier.class);

    private Retrier() {}

    /**
     * Runs {@code action} at once and, while it fails with a retryable exception, again after each
     * of {@code waits}.
     *
     * @param what what the action does, for the logs (e.g. "webhook delivery dlv-… to https://…")
     * @param attemptsBefore attempts made before this run (after a restart), for the logs
     * @param waits the waits before the second, third… attempt of this run
     * @param retryable which failures are worth another attempt
     * @param action the attempt
     * @throws RetryException when the attempts ran out, a failure was not retryable, or the thread
     *     was interrupted while waiting; {@link RetryException#getLastException()} is the last
     *     failure
     */
    public static <T> T run(
            String what,
            int attemptsBefore,
            List<Duration> waits,
            Predicate<Throwable> retryable,
            Retryable<T> action)
            throws RetryException {
        int attempts = attemptsBefore + 1 + waits.size();
        RetryTemplate template =
                new RetryTemplate(
                        RetryPolicy.builder()
                                .backOff(BackoffSchedule.replaying(waits))
                                .predicate(retryable::test)
                                .build());
        template.setRetryListener(new Logging(what, attemptsBefore, attempts, waits, retryable));
        return template.execute(
                new Retryable<>() {
                    @Override
                    public T execute() throws Throwable {
                        return action.execute();
                    }

                    @Override
                    public String getName() {
                        return what;
                    }
                });
    }

    /** Says what happens, naming what is retried. */
    private static final class Logging implements RetryListener {

        private final String what;
        private final int attemptsBefore;
        private final int attempts;
        private final List<Duration> waits;
        private final Predicate<Throwable> worthRetrying;

        Logging(
                String what,
                int attemptsBefore,
                int attempts,
                List<Duration> waits,
                Predicate<Throwable> worthRetrying) {
            this.what = what;
            this.attemptsBefore = attemptsBefore;
            this.attempts = attempts;
            this.waits = waits;
            this.worthRetrying = worthRetrying;
        }

        @Override
        public void onRetryableExecution(
                RetryPolicy policy, Retryable<?> retryable, RetryState state) {
            if (state.isSuccessful()) {
                if (state.getRetryCount() > 0 || attemptsBefore > 0) {
                    log.info(
                            "{} succeeded at attempt {} of {}",
                            what,
                            attemptsBefore + state.getRetryCount() + 1,
                            attempts);
                }
                return;
            }
            int attempt = attemptsBefore + state.getRetryCount() + 1;
            int runIndex = state.getRetryCount();
            Throwable failure = state.getLastException();
            if (runIndex < waits.size() && failure != null && worthRetrying.test(failure)) {
                log.warn(
                        "{}: attempt {} of {} failed ({}); next in {}",
                        what,
                        attempt,
                        attempts,
                        describe(failure),
                        seconds(waits.get(runIndex)));
            }
        }

        @Override
        public void beforeRetry(RetryPolicy policy, Retryable<?> retryable, RetryState state) {
            log.debug(
                    "retrying {}: attempt {} of {}",
                    what,
                    attemptsBefore + state.getRetryCount() + 1,
                    attempts);
        }

        @Override
        public void onRetryPolicyExhaustion(
                RetryPolicy policy, Retryable<?> retryable, RetryException exception) {
            Throwable last = exception.getLastException();
            int attempt = attemptsBefore + exception.getRetryCount() + 1;
            if (last instanceof InterruptedException) {
                log.info("stopped {}: interrupted (shutting down)", what);
            } else if (last != null && !worthRetrying.test(last)) {
                // not a failure to retry: the caller says what it means (rejected, cancelled…)
                log.info(
                        "stopped {} at attempt {} of {}: {}",
                        what,
                        attempt,
                        attempts,
                        describe(last));
            } else {
                log.warn(
                        "giving up on {} after attempt {} of {}: {}",
                        what,
                        attempt,
                        attempts,
                        describe(last));
            }
        }

        @Override
        public void onRetryPolicyInterruption(
                RetryPolicy policy, Retryable<?> retryable, RetryException exception) {
            log.info("stopped retrying {}: interrupted (shutting down)", what);
        }

        /** "1.3 s": what a reader of the log wants, rather than PT1.3S. */
        private static String seconds(Duration wait) {
            return String.format(Locale.ROOT, "%.1f s", wait.toMillis() / 1000.0);
        }

        private static String describe(Throwable failure) {
            return failure == null
                    ? "no cause"
                    : failure.getMessage() == null ? failure.toString() : failure.getMessage();
        }
    }
}

package dev.ipwire.search.replay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every replay job has: an id, a state, the step it is at, problems met, times. */
abstract class ReplayJob implements Runnable {

    /** Where a job stands. */
    enum State {
        RUNNING,
        /** Done, everything as asked. */
        SUCCEEDED,
        /** Done, but part of the work is still on its way (see the job's counts). */
        INCOMPLETE,
        /** Stopped; {@code problems} says why and what was left as it was. */
        FAILED
    }

    private static final int MAX_PROBLEMS = 20;

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String id;
    private final Instant startedAt = Instant.now();
    private final List<String> problems = new ArrayList<>();
    private volatile State state = State.RUNNING;
    private volatile String phase = "QUEUED";
    private volatile Instant finishedAt;

    ReplayJob(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    State state() {
        return state;
    }

    String phase() {
        return phase;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    boolean running() {
        return state == State.RUNNING;
    }

    void phase(String phase) {
        this.phase = phase;
        log.info("{} {}: {}", kind(), id, phase);
    }

    synchronized void problem(String problem) {
        log.warn("{} {}: {}", kind(), id, problem);
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        } else if (problems.size() == MAX_PROBLEMS) {
            problems.add("… more problems in the search-service log");
        }
    }

    abstract String kind();

    /** The work; returns the final state, or throws to fail. */
    abstract State work() throws Exception;

    /** Cleans up after a failure (best effort). */
    void failed() {}

    @Override
    public final void run() {
        State end;
        try {
            end = work();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem("stopped: the service is shutting down");
            end = State.FAILED;
        } catch (Exception e) {
            log.warn("{} {} failed", kind(), id, e);
            problem(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            end = State.FAILED;
        }
        if (end == State.FAILED) {
            try {
                failed();
            } catch (Exception e) {
                problem("cleaning up failed: " + e.getMessage());
            }
        }
        finishedAt = Instant.now();
        phase = "DONE";
        state = end;
        log.info("{} {} finished: {}", kind(), id, end);
    }
}

package dev.ipwire.search.alerts;

import java.util.Optional;

/**
 * When is an indexed article revision new content that alerts must be matched against? When the
 * index took it as new — but Kafka delivers at least once and the service may stop between the
 * index write and the matching, so the checks ledger ({@link ArticleChecks}) is consulted too:
 *
 * <ul>
 *   <li>the ledger had an older revision or none: mark this one pending, write; match it if the
 *       index took it, else (the index already held it: a replay, a rebuild) it is old content;
 *   <li>the ledger has this very revision still pending: a previous attempt stopped half-way; match
 *       it now, whatever the index answers;
 *   <li>the ledger has this revision done, or a newer one: nothing to do, even when the index takes
 *       it as new (a rebuilt index must not notify everything again).
 * </ul>
 */
final class NewContent {

    private NewContent() {}

    /** What the ledger said before the write. */
    enum Before {
        /** It had an older revision or none, and now has this one pending. */
        MARKED_PENDING,
        /** It already had this revision pending: an earlier attempt did not finish. */
        UNFINISHED,
        /** It has this revision done, or a newer one. */
        ALREADY_CHECKED
    }

    /** What to do after the write. */
    enum Step {
        /** Match the revision against the alerts (and then mark it done). */
        MATCH,
        /** Not new: mark the pending revision done without matching. */
        MARK_DONE,
        /** Nothing. */
        NOTHING
    }

    /** The ledger's answer when a pending mark could not be written (it had this or newer). */
    static Before existing(Optional<ArticleChecks.Check> check, long revision) {
        return check.filter(c -> c.revision() == revision && c.pending()).isPresent()
                ? Before.UNFINISHED
                : Before.ALREADY_CHECKED;
    }

    static Step after(Before before, boolean written) {
        return switch (before) {
            case MARKED_PENDING -> written ? Step.MATCH : Step.MARK_DONE;
            case UNFINISHED -> Step.MATCH;
            case ALREADY_CHECKED -> Step.NOTHING;
        };
    }
}

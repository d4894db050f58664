package dev.ipwire.stack.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Progress bar and summary of {@code ./ipwire feed}. */
final class FeedReport {

    private static final int BAR_WIDTH = 30;

    private final int total;
    private final boolean interactive;
    private final PrintStream out;
    private final List<ArticleFeeder.Result> failures = new ArrayList<>();
    private int done;
    private int accepted;
    private int duplicates;

    FeedReport(int total, boolean interactive, PrintStream out) {
        this.total = total;
        this.interactive = interactive;
        this.out = out;
    }

    void add(ArticleFeeder.Result result) {
        done++;
        if (result.accepted()) {
            accepted++;
            if (result.duplicateOf() != null) {
                duplicates++;
            }
        } else {
            failures.add(result);
        }
        if (interactive) {
            int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
            out.printf(
                    "\r[%s%s] %d/%d  accepted %d  duplicates %d  failed %d",
                    "#".repeat(filled),
                    ".".repeat(BAR_WIDTH - filled),
                    done,
                    total,
                    accepted,
                    duplicates,
                    failures.size());
        } else {
            out.printf(
                    "%d/%d %s %s%n",
                    done,
                    total,
                    result.file(),
                    result.accepted()
                            ? "accepted " + String.join(",", result.ids())
                            : "FAILED " + result.problem());
        }
    }

    void finish() {
        if (interactive) {
            out.println();
        }
        out.printf(
                "Sent %d files: %d accepted (%d near-duplicates of earlier articles), %d failed.%n",
                total, accepted, duplicates, failures.size());
        for (ArticleFeeder.Result failure : failures) {
            out.printf("  %s: %s%n", failure.file(), failure.problem());
        }
    }

    int failed() {
        return failures.size();
    }
}

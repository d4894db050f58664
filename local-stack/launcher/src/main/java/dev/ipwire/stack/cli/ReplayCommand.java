package dev.ipwire.stack.cli;

import dev.ipwire.stack.StackConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ./ipwire reindex} and {@code ./ipwire reenrich}: start a replay job through
 * search-service's admin API ({@code /api/v1/admin/reindex}, {@code /api/v1/admin/reenrich}),
 * follow it, print its progress and its final counts. {@code IPWIRE_ADMIN_KEY}, when set, is sent
 * as {@code X-API-Key}.
 */
public final class ReplayCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration POLL = Duration.ofMillis(500);

    private final HttpClient http =
            HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .proxy(HttpClient.Builder.NO_PROXY)
                    .build();
    private final String search;
    private final String nlp;
    private final String adminKey;
    private final PrintStream out;
    private final Duration patience;

    /**
     * @param search search-service's base URL
     * @param nlp nlp-service's base URL (asked for the current nlpVersion)
     * @param adminKey sent as {@code X-API-Key} when not null
     * @param patience how long to follow a job before giving up (it keeps running)
     */
    public ReplayCommand(
            String search, String nlp, String adminKey, PrintStream out, Duration patience) {
        this.search = search;
        this.nlp = nlp;
        this.adminKey = adminKey;
        this.out = out;
        this.patience = patience;
    }

    /** The command for the services on their configured ports. */
    static ReplayCommand fromEnvironment(Map<String, String> env, PrintStream out) {
        return new ReplayCommand(
                "http://127.0.0.1:" + StackConfig.port(env, "IPWIRE_SEARCH_PORT", 8083),
                "http://127.0.0.1:" + StackConfig.port(env, "IPWIRE_NLP_PORT", 8082),
                blankToNull(env.get("IPWIRE_ADMIN_KEY")),
                out,
                Duration.ofHours(6));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * {@code reindex [--delete-previous] [--force]}.
     *
     * @return 0 when the index was rebuilt and swapped, 1 when the job failed, 2 for bad arguments
     */
    public int reindex(List<String> args) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        for (String arg : args) {
            switch (arg) {
                case "--delete-previous" -> body.put("previous", "delete");
                case "--keep-previous" -> body.put("previous", "keep");
                case "--force" -> body.put("force", true);
                default -> {
                    System.err.println(
                            "usage: ipwire reindex [--keep-previous (default) | --delete-previous]"
                                    + " [--force]\n  unknown option: "
                                    + arg);
                    return 2;
                }
            }
        }
        out.println("Rebuilding the search index from articles.enriched (" + search + ") …");
        JsonNode done = run("reindex", body);
        if (done == null) {
            return 1;
        }
        out.printf(
                "%s: %s → %s%s%n",
                done.path("state").asString(),
                done.path("from").asString(),
                done.path("to").asString(),
                done.path("swapped").asBoolean() ? " (alias swapped)" : " (alias unchanged)");
        out.printf(
                "  records read %d, indexed %d, unchanged %d, skipped %d, failed %d, dropped %d%n",
                done.path("read").asLong(),
                done.path("indexed").asLong(),
                done.path("unchanged").asLong(),
                done.path("skipped").asLong(),
                done.path("failed").asLong(),
                done.path("dropped").asLong());
        out.printf(
                "  documents before %s, after %s%n",
                done.path("countBefore").asString("-"), done.path("countAfter").asString("-"));
        if (!done.path("deleted").isEmpty()) {
            out.println("  deleted " + texts(done.path("deleted")));
        }
        printProblems(done);
        return "SUCCEEDED".equals(done.path("state").asString()) ? 0 : 1;
    }

    /**
     * {@code reenrich [--dry-run] [--nlp-version V]}.
     *
     * @return 0 when every stale article is re-enriched (or, dry run, counted), 1 otherwise, 2 for
     *     bad arguments
     */
    public int reenrich(List<String> args) throws IOException, InterruptedException {
        boolean dryRun = false;
        String version = null;
        for (Iterator<String> it = args.iterator(); it.hasNext(); ) {
            String arg = it.next();
            if (arg.equals("--dry-run")) {
                dryRun = true;
            } else if (arg.equals("--nlp-version") && it.hasNext()) {
                version = it.next();
            } else {
                System.err.println(
                        "usage: ipwire reenrich [--dry-run] [--nlp-version VERSION]\n"
                                + "  (the version defaults to what nlp-service reports at"
                                + " /actuator/info)\n  unknown option: "
                                + arg);
                return 2;
            }
        }
        if (version == null) {
            version = currentNlpVersion();
        }
        out.println("Current nlpVersion: " + version);
        ObjectNode body = JSON.createObjectNode().put("nlpVersion", version).put("dryRun", dryRun);
        JsonNode done = run("reenrich", body);
        if (done == null) {
            return 1;
        }
        out.printf(
                "%s: %d stale articles%n",
                done.path("state").asString(), done.path("stale").asLong());
        done.path("staleByVersion")
                .properties()
                .forEach(
                        e ->
                                out.printf(
                                        "  %6d enriched by %s%n",
                                        e.getValue().asLong(), e.getKey()));
        if (!dryRun) {
            out.printf(
                    "  republished %d (from articles.raw %d, from the index %d, not found %d),"
                            + " re-enriched %d, remaining %d%n",
                    done.path("republished").asLong(),
                    done.path("fromRaw").asLong(),
                    done.path("fromIndex").asLong(),
                    done.path("notFound").asLong(),
                    done.path("reenriched").asLong(),
                    done.path("remaining").asLong());
        }
        printProblems(done);
        return "SUCCEEDED".equals(done.path("state").asString()) ? 0 : 1;
    }

    /** Asks nlp-service which version it stamps on enrichments now. */
    String currentNlpVersion() throws IOException, InterruptedException {
        HttpResponse<String> info;
        try {
            info = send(HttpRequest.newBuilder(URI.create(nlp + "/actuator/info")).GET());
        } catch (IOException e) {
            throw new IOException(
                    "nlp-service does not answer at "
                            + nlp
                            + " ("
                            + e.getMessage()
                            + "); start it, or give the version with --nlp-version",
                    e);
        }
        String version =
                info.statusCode() == 200
                        ? JSON.readTree(info.body()).path("nlp").path("version").asString("")
                        : "";
        if (version.isBlank()) {
            throw new IllegalStateException(
                    "nlp-service at "
                            + nlp
                            + " did not report its version at /actuator/info (HTTP "
                            + info.statusCode()
                            + "); give it with --nlp-version");
        }
        return version;
    }

    /** Starts a job, follows it and returns its final status, or null when it could not start. */
    private JsonNode run(String kind, JsonNode body) throws IOException, InterruptedException {
        String path = "/api/v1/admin/" + kind;
        HttpResponse<String> started;
        try {
            started =
                    send(
                            HttpRequest.newBuilder(URI.create(search + path))
                                    .header("Content-Type", "application/json")
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new IOException(
                    "search-service does not answer at " + search + " (" + e.getMessage() + ")", e);
        }
        if (started.statusCode() != 202) {
            System.err.println(
                    "ipwire: "
                            + kind
                            + " refused (HTTP "
                            + started.statusCode()
                            + "): "
                            + detail(started));
            return null;
        }
        JsonNode status = JSON.readTree(started.body());
        String job = status.path("job").asString();
        out.println("  job " + job);
        Instant deadline = Instant.now().plus(patience);
        String lastLine = "";
        while ("RUNNING".equals(status.path("state").asString())) {
            if (Instant.now().isAfter(deadline)) {
                System.err.println(
                        "ipwire: stopped following job "
                                + job
                                + " (it keeps running): GET "
                                + search
                                + path
                                + "/"
                                + job);
                return null;
            }
            Thread.sleep(POLL.toMillis());
            HttpResponse<String> polled =
                    send(HttpRequest.newBuilder(URI.create(search + path + "/" + job)).GET());
            if (polled.statusCode() != 200) {
                System.err.println(
                        "ipwire: following job "
                                + job
                                + " failed (HTTP "
                                + polled.statusCode()
                                + "): "
                                + detail(polled));
                return null;
            }
            status = JSON.readTree(polled.body());
            String line = progress(kind, status);
            if (!line.equals(lastLine)) {
                out.println(line);
                lastLine = line;
            }
        }
        return status;
    }

    private static String progress(String kind, JsonNode status) {
        String phase = status.path("phase").asString();
        if (kind.equals("reindex")) {
            return String.format(
                    "  %-15s read %d, indexed %d, unchanged %d, skipped %d",
                    phase,
                    status.path("read").asLong(),
                    status.path("indexed").asLong(),
                    status.path("unchanged").asLong(),
                    status.path("skipped").asLong());
        }
        return String.format(
                "  %-20s stale %d, republished %d, re-enriched %d",
                phase,
                status.path("stale").asLong(),
                status.path("republished").asLong(),
                status.path("reenriched").asLong());
    }

    private HttpResponse<String> send(HttpRequest.Builder request)
            throws IOException, InterruptedException {
        request.timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (adminKey != null) {
            request.header("X-API-Key", adminKey);
        }
        return http.send(
                request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String detail(HttpResponse<String> response) {
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (problem.hasNonNull("detail")) {
                return problem.path("detail").asString();
            }
        } catch (RuntimeException e) {
            // not JSON: show it as it is
        }
        return response.body().isBlank() ? "(no body)" : response.body();
    }

    private void printProblems(JsonNode status) {
        for (JsonNode problem : status.path("problems")) {
            out.println("  ! " + problem.asString());
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asString()));
        return texts;
    }
}

package dev.ipwire.stack.cli;

import dev.ipwire.stack.StackConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./ipwire dlq list [nlp|search] [--from ID] [--limit N]} and {@code ./ipwire dlq replay
 * [nlp|search] [--id ID]...}: the dead-letter topics through the admin API of the service that owns
 * each (nlp-service: {@code error.articles.raw.nlp}, search-service: {@code
 * error.articles.enriched.search}). Sends {@code X-API-Key} from {@code IPWIRE_ADMIN_KEY} when set.
 */
final class DeadLetterCommand {

    static final String USAGE =
            "usage: ipwire dlq list [nlp|search] [--from ID] [--limit N]\n"
                    + "       ipwire dlq replay [nlp|search] [--id ID]...";

    /** A stage that owns a dead-letter topic: its name, port variable and default port. */
    record Stage(String name, String portVariable, int defaultPort) {}

    static final List<Stage> STAGES =
            List.of(
                    new Stage("nlp", "IPWIRE_NLP_PORT", 8082),
                    new Stage("search", "IPWIRE_SEARCH_PORT", 8083));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, String> env;
    private final PrintStream out;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DeadLetterCommand(Map<String, String> env, PrintStream out) {
        this.env = env;
        this.out = out;
    }

    /** What the command line asks for. */
    record Request(String action, List<Stage> stages, String from, int limit, List<String> ids) {}

    static Request parse(List<String> args) {
        if (args.isEmpty() || !List.of("list", "replay").contains(args.getFirst())) {
            throw new IllegalArgumentException(USAGE);
        }
        String action = args.getFirst();
        List<Stage> stages = new ArrayList<>();
        String from = null;
        int limit = 50;
        List<String> ids = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--id" -> ids.add(value(args, ++i, arg));
                case "--from" -> from = value(args, ++i, arg);
                case "--limit" -> {
                    try {
                        limit = Integer.parseInt(value(args, ++i, arg));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--limit takes a number\n" + USAGE);
                    }
                }
                default -> {
                    Stage stage =
                            STAGES.stream()
                                    .filter(s -> s.name().equals(arg))
                                    .findFirst()
                                    .orElseThrow(
                                            () ->
                                                    new IllegalArgumentException(
                                                            "unknown stage or option '"
                                                                    + arg
                                                                    + "'\n"
                                                                    + USAGE));
                    stages.add(stage);
                }
            }
        }
        if (action.equals("replay") && !ids.isEmpty() && stages.size() != 1) {
            throw new IllegalArgumentException(
                    "--id needs the stage it belongs to (nlp or search)\n" + USAGE);
        }
        if (action.equals("list") && !ids.isEmpty()) {
            throw new IllegalArgumentException("--id is for replay\n" + USAGE);
        }
        return new Request(action, stages.isEmpty() ? STAGES : stages, from, limit, ids);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args.get(index);
    }

    int run(List<String> args) throws IOException {
        Request request = parse(args);
        int failures = 0;
        for (Stage stage : request.stages()) {
            try {
                if (request.action().equals("list")) {
                    list(stage, request);
                } else {
                    failures += replay(stage, request);
                }
            } catch (IOException e) {
                out.println(stage.name() + ": cannot reach the service (" + e.getMessage() + ")");
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private void list(Stage stage, Request request) throws IOException {
        StringBuilder query = new StringBuilder("?limit=").append(request.limit());
        if (request.from() != null) {
            query.append("&from=")
                    .append(URLEncoder.encode(request.from(), StandardCharsets.UTF_8));
        }
        JsonNode page = call(stage, "GET", "/api/v1/admin/dlq" + query);
        out.printf(
                "%s: %s holds %d dead letter(s)%n",
                stage.name(), page.path("topic").asString(), page.path("total").asLong());
        for (JsonNode record : page.path("records")) {
            out.printf(
                    "  %-8s %-44s %-10s %s%n",
                    record.path("id").asString(),
                    record.path("key").asString(""),
                    record.path("kind").asString(""),
                    record.path("reason").asString(""));
        }
        if (!page.path("next").isNull() && !page.path("next").isMissingNode()) {
            out.printf(
                    "  more: ./ipwire dlq list %s --from %s%n",
                    stage.name(), page.path("next").asString());
        }
    }

    private int replay(Stage stage, Request request) throws IOException {
        StringBuilder query = new StringBuilder();
        for (String id : request.ids()) {
            query.append(query.isEmpty() ? "?" : "&")
                    .append("id=")
                    .append(URLEncoder.encode(id, StandardCharsets.UTF_8));
        }
        JsonNode report = call(stage, "POST", "/api/v1/admin/dlq/replay" + query);
        out.printf(
                "%s: replayed %d, skipped %d, failed %d (of %d) from %s%n",
                stage.name(),
                report.path("replayed").asInt(),
                report.path("skipped").asInt(),
                report.path("failed").asInt(),
                report.path("requested").asInt(),
                report.path("topic").asString());
        for (JsonNode line : report.path("skippedIds")) {
            out.println("  skipped " + line.asString());
        }
        for (JsonNode line : report.path("failedIds")) {
            out.println("  failed  " + line.asString());
        }
        return report.path("failed").asInt() == 0 ? 0 : 1;
    }

    private JsonNode call(Stage stage, String method, String path) throws IOException {
        int port = StackConfig.port(env, stage.portVariable(), stage.defaultPort());
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofMinutes(2))
                        .header("Accept", "application/json")
                        .method(method, HttpRequest.BodyPublishers.noBody());
        String key = env.get("IPWIRE_ADMIN_KEY");
        if (key != null && !key.isBlank()) {
            builder.header("X-API-Key", key);
        }
        HttpResponse<String> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            String detail = response.body();
            try {
                JsonNode problem = JSON.readTree(response.body());
                detail = problem.path("detail").asString(detail);
            } catch (RuntimeException notJson) {
                // keep the body as it is
            }
            throw new IOException("HTTP " + response.statusCode() + ": " + detail);
        }
        return JSON.readTree(response.body());
    }
}

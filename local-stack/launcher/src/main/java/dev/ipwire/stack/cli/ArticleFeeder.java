package dev.ipwire.stack.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sends files to the ingest API as uploads, one request per file. */
public final class ArticleFeeder {

    /** File types the ingest API takes. */
    static final List<String> EXTENSIONS =
            List.of(".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx");

    private final HttpClient http =
            HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .proxy(HttpClient.Builder.NO_PROXY)
                    .build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String ingestUrl;
    private final String apiKey;

    /**
     * @param ingestUrl base URL of ingest-service
     * @param apiKey sent as {@code X-API-Key} when not null
     */
    public ArticleFeeder(String ingestUrl, String apiKey) {
        this.ingestUrl = ingestUrl;
        this.apiKey = apiKey;
    }

    /**
     * What happened to one file.
     *
     * @param file the file sent
     * @param status HTTP status (0 when nothing answered)
     * @param ids the article ids accepted (several for a compilation)
     * @param duplicateOf the earlier article it duplicates, if any
     * @param problem the reason when not accepted
     */
    public record Result(
            Path file, int status, List<String> ids, String duplicateOf, String problem) {

        public boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    /** Every file under the paths (folders recursively) that the ingest API takes, sorted. */
    public static List<Path> collect(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(ArticleFeeder::supported)
                            .sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IOException("no such file or folder: " + path);
            }
        }
        return files;
    }

    private static boolean supported(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** Uploads one file. */
    public Result send(Path file) {
        String boundary = "ipwire-" + UUID.randomUUID();
        try {
            byte[] body = multipart(boundary, file);
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(ingestUrl + "/api/v1/articles"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .header("Accept", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (apiKey != null && !apiKey.isBlank()) {
                request.header("X-API-Key", apiKey);
            }
            HttpResponse<String> response =
                    http.send(
                            request.build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return interpret(file, response.statusCode(), response.body());
        } catch (IOException e) {
            return new Result(
                    file,
                    0,
                    List.of(),
                    null,
                    "no answer from " + ingestUrl + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(file, 0, List.of(), null, "interrupted");
        }
    }

    private Result interpret(Path file, int status, String body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (RuntimeException e) {
            return new Result(
                    file, status, List.of(), null, "HTTP " + status + ": " + truncate(body));
        }
        if (status < 200 || status >= 300) {
            String detail =
                    node.path("detail").asString(node.path("title").asString(truncate(body)));
            return new Result(file, status, List.of(), null, "HTTP " + status + ": " + detail);
        }
        List<String> ids = new ArrayList<>();
        String duplicateOf = null;
        JsonNode parts = node.path("parts");
        for (JsonNode item : parts.isArray() && !parts.isEmpty() ? parts : List.of(node)) {
            if (item.hasNonNull("id")) {
                ids.add(item.get("id").asString());
            }
            if (duplicateOf == null && item.hasNonNull("duplicateOf")) {
                duplicateOf = item.get("duplicateOf").asString();
            }
        }
        return new Result(file, status, ids, duplicateOf, null);
    }

    private static String truncate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }

    private static byte[] multipart(String boundary, Path file) throws IOException {
        String name = file.getFileName().toString().replace("\"", "_");
        String head =
                "--"
                        + boundary
                        + "\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\""
                        + name
                        + "\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] content = Files.readAllBytes(file);
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[headBytes.length + content.length + tailBytes.length];
        System.arraycopy(headBytes, 0, body, 0, headBytes.length);
        System.arraycopy(content, 0, body, headBytes.length, content.length);
        System.arraycopy(tailBytes, 0, body, headBytes.length + content.length, tailBytes.length);
        return body;
    }
}

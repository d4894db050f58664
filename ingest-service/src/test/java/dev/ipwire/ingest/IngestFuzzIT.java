package dev.ipwire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ipwire.stack.junit.LocalStackExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Throws generated bad input at the ingest API of a real server (real Kafka underneath): broken,
 * truncated and mistyped JSON, invalid UTF-8, huge fields, wrong and missing content types,
 * malformed multipart, odd batches, odd headers, methods and paths, and raw HTTP with lying
 * lengths. Every answer must be a client error (or an acceptance), never a 5xx, and the heap must
 * not grow beyond a bound.
 *
 * <p>Inputs are generated from a seed (system property {@code ipwire.fuzz.seed}, printed), input
 * {@code i} from {@code seed + i}, so a failing input is reproduced whatever the concurrency.
 * {@code ipwire.fuzz.inputs} sets how many (default 10,000).
 */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ipwire.ingest.search-base-url=http://search.example:8083",
            "ipwire.ingest.max-content-size=256KB",
            // the inputs must reach the parsers, not stop at the rate limit (RateLimitTest tests
            // it)
            "ipwire.ingest.rate-limit.enabled=false",
            "logging.level.dev.ipwire.ingest=warn"
        })
class IngestFuzzIT {

    private static final long DEFAULT_SEED = 20261122L;
    private static final int MAX_CONTENT = 256 * 1024;

    /**
     * Heap growth allowed over the run, after a full GC on both sides. The registry keeps what was
     * accepted (a few hundred small articles here) and the Kafka producer its buffers; 10,000
     * refused requests must leave nothing behind, so a leak of even a few kilobytes per input would
     * exceed this.
     */
    private static final long HEAP_GROWTH_BOUND_MB = 64;

    private static final String[] HAN = "知识产权保护商标专利法院审理案件企业创新发展市场监管部门".split("");

    @LocalServerPort int port;

    private final HttpClient http = newClient();

    private static HttpClient newClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** One generated request. */
    private record Input(
            String kind,
            String method,
            String path,
            List<String> headers,
            byte[] body,
            byte[] raw) {

        String describe() {
            String shown =
                    new String(raw != null ? raw : body, StandardCharsets.UTF_8)
                            .replaceAll("\\p{Cntrl}", "·");
            return kind
                    + " "
                    + method
                    + " "
                    + path
                    + " "
                    + headers
                    + " body("
                    + (raw != null ? raw.length : body.length)
                    + "B)="
                    + (shown.length() > 300 ? shown.substring(0, 300) + "…" : shown);
        }
    }

    @Test
    void tenThousandBadInputsGetClientErrorsNeverA5xxAndLeaveTheHeapBounded() throws Exception {
        long seed = Long.getLong("ipwire.fuzz.seed", DEFAULT_SEED);
        int inputs = Integer.getInteger("ipwire.fuzz.inputs", 10_000);
        System.out.printf(
                "FUZZ seed=%d inputs=%d (-Dipwire.fuzz.seed=%d reproduces)%n", seed, inputs, seed);

        // Warm up the server (first requests load classes, the producer connects).
        for (int i = 0; i < 50; i++) {
            send(generate(seed - 1 - i));
        }
        long heapBefore = usedHeapAfterGc();

        Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> byKind = new ConcurrentHashMap<>();
        List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < inputs; i++) {
                long inputSeed = seed + i;
                work.add(
                        pool.submit(
                                () -> {
                                    Input input = generate(inputSeed);
                                    Answer answer = send(input);
                                    byStatus.computeIfAbsent(
                                                    answer.status(), s -> new AtomicInteger())
                                            .incrementAndGet();
                                    byKind.computeIfAbsent(
                                                    input.kind() + "→" + answer.status(),
                                                    k -> new AtomicInteger())
                                            .incrementAndGet();
                                    if (serverError(answer.status())) {
                                        serverErrors.add(
                                                "seed="
                                                        + inputSeed
                                                        + " status="
                                                        + answer.status()
                                                        + " "
                                                        + input.describe()
                                                        + "\n    answer: "
                                                        + answer.body());
                                    }
                                    return null;
                                }));
            }
            for (Future<?> future : work) {
                future.get(5, TimeUnit.MINUTES);
            }
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        long heapAfter = usedHeapAfterGc();

        Map<Integer, Integer> counts = new TreeMap<>();
        byStatus.forEach((status, n) -> counts.put(status, n.get()));
        int fiveHundreds =
                counts.entrySet().stream()
                        .filter(e -> serverError(e.getKey()))
                        .mapToInt(Map.Entry::getValue)
                        .sum();
        StringBuilder line = new StringBuilder("FUZZ inputs=" + inputs);
        counts.forEach(
                (status, n) ->
                        line.append(status == CLOSED ? " closed" : " status" + status)
                                .append('=')
                                .append(n));
        line.append(" 5xx=").append(fiveHundreds);
        line.append(" (505 to HTTP/9.9 is no failure)");
        line.append(" heapMb before=")
                .append(heapBefore >> 20)
                .append(" after=")
                .append(heapAfter >> 20);
        line.append(" seconds=").append(seconds).append(" seed=").append(seed);
        System.out.println(line);
        new TreeMap<>(byKind).forEach((k, n) -> System.out.println("FUZZ   " + k + " " + n.get()));
        serverErrors.stream().limit(20).forEach(e -> System.out.println("FUZZ 5xx " + e));

        assertThat(serverErrors).as("inputs answered with a 5xx (or no answer)").isEmpty();
        assertThat((heapAfter - heapBefore) >> 20)
                .as("heap growth in MB over %d inputs", inputs)
                .isLessThan(HEAP_GROWTH_BOUND_MB);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** The server closed the connection without answering (a request it could not read). */
    private static final int CLOSED = -1;

    /**
     * A 5xx, or no answer at all (connection reset, timeout, garbage instead of HTTP). Except 505:
     * the one right answer to a request line claiming HTTP/9.9 (RFC 9110 §15.6.6), given by the
     * container before any of our code runs; it is counted on its own.
     */
    private static boolean serverError(int status) {
        return (status >= 500 && status != 505) || status == 0;
    }

    private record Answer(int status, String body) {}

    private Answer send(Input input) {
        try {
            return input.raw() != null ? sendRaw(input.raw()) : sendHttp(input, http);
        } catch (IOException e) {
            if (input.raw() != null) {
                return new Answer(0, "no answer: " + e);
            }
            // The pooled client may have sent this on a kept-alive connection that the server had
            // just closed after answering the previous input (Tomcat does after a 400 for an
            // oversized header): no bytes come back through no fault of the server. Only a fresh
            // connection that gets no answer either counts.
            try (HttpClient fresh = newClient()) {
                return sendHttp(input, fresh);
            } catch (IOException again) {
                return new Answer(0, "no answer on a pooled nor on a fresh connection: " + again);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return new Answer(0, "interrupted");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
    }

    private Answer sendHttp(Input input, HttpClient http) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + input.path()))
                        .timeout(Duration.ofSeconds(60))
                        .method(
                                input.method(),
                                HttpRequest.BodyPublishers.ofByteArray(input.body()));
        for (int i = 0; i + 1 < input.headers().size(); i += 2) {
            request.header(input.headers().get(i), input.headers().get(i + 1));
        }
        HttpResponse<String> response =
                http.send(
                        request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String body = response.body();
        return new Answer(
                response.statusCode(), body.length() > 400 ? body.substring(0, 400) : body);
    }

    /** Raw HTTP/1.1 over a socket, for what HttpClient refuses to send (lying lengths…). */
    private Answer sendRaw(byte[] request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while (answer.size() < 64 * 1024 && (n = in.read(buffer)) >= 0) {
                answer.write(buffer, 0, n);
            }
            String text = answer.toString(StandardCharsets.ISO_8859_1);
            if (!text.startsWith("HTTP/1.1 ")) {
                // The server may close a connection whose request line it cannot read at all.
                return new Answer(text.isEmpty() ? CLOSED : 0, "no status line: " + text);
            }
            return new Answer(Integer.parseInt(text.substring(9, 12)), text);
        }
    }

    // ---- generation ----------------------------------------------------------------------

    private static final String ARTICLES = "/api/v1/articles";
    private static final String BATCH = "/api/v1/articles/batch";

    private Input generate(long seed) {
        Random rnd = new Random(seed);
        int pick = rnd.nextInt(100);
        if (pick < 12) return wrongTypes(rnd);
        if (pick < 20) return missingOrEmpty(rnd);
        if (pick < 30) return truncatedJson(rnd);
        if (pick < 40) return garbledJson(rnd);
        if (pick < 46) return hugeFields(rnd);
        if (pick < 54) return badEncoding(rnd);
        if (pick < 60) return oddValues(rnd);
        if (pick < 68) return wrongContentType(rnd);
        if (pick < 78) return multipart(rnd);
        if (pick < 86) return batch(rnd);
        if (pick < 92) return oddHeaders(rnd);
        if (pick < 96) return methodsAndPaths(rnd);
        return raw(rnd);
    }

    private static String han(Random rnd, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(HAN[rnd.nextInt(HAN.length)]);
            if (i % 17 == 16) {
                text.append(rnd.nextBoolean() ? "，" : "。");
            }
        }
        return text.toString();
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                default -> {
                    if (c < 0x20) q.append(String.format("\\u%04x", (int) c));
                    else q.append(c);
                }
            }
        }
        return q.append('"').toString();
    }

    /** A valid article object. */
    private static String articleJson(Random rnd) {
        StringBuilder json = new StringBuilder("{\"content\":");
        json.append(quote("知识产权" + han(rnd, 6) + "\n" + han(rnd, 20 + rnd.nextInt(200)) + "。"));
        if (rnd.nextBoolean()) json.append(",\"source\":\"中国知识产权报\"");
        if (rnd.nextBoolean())
            json.append(",\"format\":")
                    .append(quote(pick(rnd, "text", "markdown", "html", "pdf-text")));
        if (rnd.nextBoolean()) json.append(",\"publishedAt\":\"2024-09-26\"");
        if (rnd.nextBoolean())
            json.append(",\"url\":\"https://news.example.cn/a/")
                    .append(rnd.nextInt(1_000_000))
                    .append('"');
        if (rnd.nextBoolean())
            json.append(",\"externalId\":\"ext-").append(rnd.nextInt(1_000_000)).append('"');
        return json.append('}').toString();
    }

    @SafeVarargs
    private static <T> T pick(Random rnd, T... values) {
        return values[rnd.nextInt(values.length)];
    }

    private static Input json(String kind, String path, byte[] body) {
        return new Input(
                kind, "POST", path, List.of("Content-Type", "application/json"), body, null);
    }

    private static Input json(String kind, String body) {
        return json(kind, ARTICLES, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String wrongValue(Random rnd) {
        return pick(
                rnd,
                "123",
                "-1.5e308",
                "1e999999",
                "true",
                "null",
                "[]",
                "[\"a\",1]",
                "{}",
                "{\"content\":\"x\"}",
                "\"\"",
                "18446744073709551616",
                "[[[[[[]]]]]]",
                "NaN");
    }

    private Input wrongTypes(Random rnd) {
        String field = pick(rnd, "content", "format", "source", "url", "externalId", "publishedAt");
        StringBuilder body = new StringBuilder("{");
        if (!field.equals("content"))
            body.append("\"content\":").append(quote("标题\n" + han(rnd, 40))).append(',');
        body.append(quote(field)).append(':').append(wrongValue(rnd));
        if (rnd.nextInt(4) == 0)
            body.append(",").append(quote(field)).append(':').append(wrongValue(rnd));
        return json("json-wrong-type", body.append('}').toString());
    }

    private Input missingOrEmpty(Random rnd) {
        return json(
                "json-missing",
                pick(
                        rnd,
                        "",
                        " ",
                        "{}",
                        "[]",
                        "null",
                        "\"an article\"",
                        "42",
                        "{\"content\":\"\"}",
                        "{\"content\":\"   \\n\\t\"}",
                        "{\"content\":\"\\u200b\\u3000\\ufeff\"}",
                        "{\"content\":null}",
                        "{\"source\":\"人民日报\"}",
                        "{\"Content\":\"大小写\"}",
                        "{\"content\":\"<p></p><br>\"}",
                        "{\"content\":\"---\\ntitle: x\\n---\\n\"}",
                        "{\"content\":\"<script>alert(1)</script>\"}",
                        "{\"content\":\"\\u0000\\u0000\"}",
                        "{\"content\":\"x\"}{\"content\":\"y\"}",
                        "{\"content\":\"x\",}",
                        "{'content':'x'}",
                        "{content:\"x\"}"));
    }

    private Input truncatedJson(Random rnd) {
        byte[] full = articleJson(rnd).getBytes(StandardCharsets.UTF_8);
        int cut = rnd.nextInt(full.length); // may cut a multi-byte character in half
        byte[] body = new byte[cut];
        System.arraycopy(full, 0, body, 0, cut);
        return json("json-truncated", rnd.nextInt(5) == 0 ? BATCH : ARTICLES, body);
    }

    private Input garbledJson(Random rnd) {
        byte[] body = articleJson(rnd).getBytes(StandardCharsets.UTF_8);
        int edits = 1 + rnd.nextInt(6);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(body);
        byte[] garbled = out.toByteArray();
        for (int e = 0; e < edits; e++) {
            int at = rnd.nextInt(garbled.length);
            switch (rnd.nextInt(4)) {
                case 0 -> garbled[at] = (byte) rnd.nextInt(256);
                case 1 -> garbled[at] = (byte) "{}[]\",:\\ \u0000".charAt(rnd.nextInt(10));
                case 2 -> {
                    byte[] longer = new byte[garbled.length + 1];
                    System.arraycopy(garbled, 0, longer, 0, at);
                    longer[at] = (byte) rnd.nextInt(256);
                    System.arraycopy(garbled, at, longer, at + 1, garbled.length - at);
                    garbled = longer;
                }
                default -> {
                    if (garbled.length > 1) {
                        byte[] shorter = new byte[garbled.length - 1];
                        System.arraycopy(garbled, 0, shorter, 0, at);
                        System.arraycopy(garbled, at + 1, shorter, at, garbled.length - at - 1);
                        garbled = shorter;
                    }
                }
            }
        }
        return json("json-garbled", rnd.nextInt(5) == 0 ? BATCH : ARTICLES, garbled);
    }

    private Input hugeFields(Random rnd) {
        return switch (rnd.nextInt(6)) {
            case 0 ->
                    json(
                            "huge-content",
                            "{\"content\":"
                                    + quote(han(rnd, MAX_CONTENT / 3 + rnd.nextInt(MAX_CONTENT)))
                                    + "}");
            case 1 -> {
                String field = pick(rnd, "source", "url", "externalId", "format", "publishedAt");
                yield json(
                        "huge-field",
                        "{\"content\":\"标题\\n正文。\","
                                + quote(field)
                                + ":"
                                + quote("x".repeat(10_000 + rnd.nextInt(60_000)))
                                + "}");
            }
            case 2 -> {
                int depth = 1_000 + rnd.nextInt(20_000);
                yield json(
                        "deep-nesting",
                        "{\"content\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
            }
            case 3 -> {
                StringBuilder keys = new StringBuilder("{\"content\":\"标题\\n正文。\"");
                int n = 1_000 + rnd.nextInt(5_000);
                for (int i = 0; i < n; i++) keys.append(",\"k").append(i).append("\":").append(i);
                yield json("many-keys", keys.append('}').toString());
            }
            case 4 ->
                    json(
                            "huge-number",
                            "{\"content\":\"标题\\n正文。\",\"source\":"
                                    + "9".repeat(5_000 + rnd.nextInt(50_000))
                                    + "}");
            default ->
                    json(
                            "one-long-line",
                            "{\"content\":"
                                    + quote("标题\n" + "很长的一行没有标点".repeat(2_000 + rnd.nextInt(8_000)))
                                    + "}");
        };
    }

    private Input badEncoding(Random rnd) {
        String article = articleJson(rnd);
        return switch (rnd.nextInt(7)) {
            case 0 -> {
                byte[] body = article.getBytes(StandardCharsets.UTF_8);
                byte[] invalid = {
                    (byte) 0xC3,
                    (byte) 0x28,
                    (byte) 0xFF,
                    (byte) 0xFE,
                    (byte) 0xED,
                    (byte) 0xA0,
                    (byte) 0x80,
                    (byte) 0xF8,
                    (byte) 0x88,
                    (byte) 0x80,
                    (byte) 0x80,
                    (byte) 0x80,
                    (byte) 0xC0,
                    (byte) 0xAF
                };
                int at = 13; // inside the content string
                int len = 1 + rnd.nextInt(invalid.length);
                int from = rnd.nextInt(invalid.length - len + 1);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(body, 0, at);
                out.write(invalid, from, len);
                out.write(body, at, body.length - at);
                yield json(
                        "invalid-utf8", rnd.nextInt(4) == 0 ? BATCH : ARTICLES, out.toByteArray());
            }
            case 1 ->
                    json(
                            "utf16",
                            ARTICLES,
                            article.getBytes(
                                    pick(
                                            rnd,
                                            StandardCharsets.UTF_16,
                                            StandardCharsets.UTF_16LE,
                                            StandardCharsets.UTF_16BE)));
            case 2 ->
                    json(
                            "gb18030",
                            ARTICLES,
                            article.getBytes(java.nio.charset.Charset.forName("GB18030")));
            case 3 ->
                    json(
                            "lone-surrogate",
                            "{\"content\":\"标题\\n"
                                    + pick(
                                            rnd,
                                            "\\ud800",
                                            "\\udfff",
                                            "\\ud800\\ud800",
                                            "\\uDBFF x",
                                            "\\u0000")
                                    + "正文。\"}");
            case 4 -> {
                byte[] body = article.getBytes(StandardCharsets.UTF_8);
                byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(bom);
                out.writeBytes(body);
                yield json("utf8-bom", ARTICLES, out.toByteArray());
            }
            case 5 ->
                    new Input(
                            "declared-charset",
                            "POST",
                            ARTICLES,
                            List.of(
                                    "Content-Type",
                                    "application/json; charset="
                                            + pick(
                                                    rnd,
                                                    "latin1",
                                                    "ISO-8859-1",
                                                    "bogus",
                                                    "utf-32",
                                                    "\"utf-8\"",
                                                    "",
                                                    "GB18030")),
                            article.getBytes(StandardCharsets.UTF_8),
                            null);
            default -> {
                byte[] noise = new byte[1 + rnd.nextInt(4_000)];
                rnd.nextBytes(noise);
                yield json("random-bytes", rnd.nextInt(4) == 0 ? BATCH : ARTICLES, noise);
            }
        };
    }

    private Input oddValues(Random rnd) {
        String field = pick(rnd, "format", "source", "url", "externalId", "publishedAt");
        String value =
                pick(
                        rnd,
                        "javascript:alert(1)",
                        "http://",
                        "ftp://[::1",
                        "../../etc/passwd",
                        "2024-02-30",
                        "+999999999-12-31T23:59:59Z",
                        "9999-99-99",
                        "yesterday",
                        "\u0000",
                        "\u202e\u200b",
                        " ",
                        "pdf",
                        "docx",
                        "html-frontmatter",
                        "x".repeat(300),
                        "%00%ff",
                        "\r\nSet-Cookie: a=b");
        return json(
                "odd-value",
                "{\"content\":"
                        + quote("标题" + han(rnd, 4) + "\n" + han(rnd, 60) + "。")
                        + ","
                        + quote(field)
                        + ":"
                        + quote(value)
                        + "}");
    }

    private Input wrongContentType(Random rnd) {
        String type =
                pick(
                        rnd,
                        "text/plain",
                        "text/plain; charset=utf-8",
                        "application/xml",
                        "text/xml",
                        "application/x-www-form-urlencoded",
                        "application/octet-stream",
                        "image/png",
                        "application/problem+json",
                        "application/json-patch+json",
                        "application/jsonx",
                        "json",
                        ";;;",
                        "*/*",
                        "application/*",
                        "multipart/form-data",
                        "multipart/form-data; boundary=",
                        "multipart/mixed; boundary=x",
                        "application/x-ndjson",
                        "text/html; charset=\"",
                        "\u00e9/\u00e9");
        String path = rnd.nextInt(4) == 0 ? BATCH : ARTICLES;
        List<String> headers =
                type.startsWith("\u00e9") ? List.of() : List.of("Content-Type", type);
        return new Input(
                "content-type",
                "POST",
                path,
                headers,
                articleJson(rnd).getBytes(StandardCharsets.UTF_8),
                null);
    }

    private Input multipart(Random rnd) {
        String boundary = "----fuzz" + rnd.nextInt(1_000_000);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int parts = rnd.nextInt(4);
        boolean withFile = rnd.nextInt(5) != 0;
        String kind = "multipart";
        if (withFile) {
            String name =
                    pick(
                            rnd,
                            "a.txt",
                            "a.md",
                            "a.html",
                            "a.pdf",
                            "a.docx",
                            "",
                            "../../x.txt",
                            "a\u0000.txt",
                            "报道.txt",
                            "x".repeat(2_000) + ".txt",
                            "a.exe",
                            "a.zip",
                            "\".txt");
            String type =
                    pick(
                            rnd,
                            "text/plain",
                            "application/pdf",
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            "application/octet-stream",
                            "text/html; charset=bogus",
                            "",
                            "image/png");
            byte[] content =
                    switch (rnd.nextInt(6)) {
                        case 0 -> new byte[0];
                        case 1 ->
                                ("%PDF-1.7\n" + "garbage".repeat(rnd.nextInt(100)))
                                        .getBytes(StandardCharsets.ISO_8859_1);
                        case 2 -> {
                            byte[] zip = new byte[200 + rnd.nextInt(2_000)];
                            rnd.nextBytes(zip);
                            zip[0] = 'P';
                            zip[1] = 'K';
                            zip[2] = 3;
                            zip[3] = 4;
                            yield zip;
                        }
                        case 3 -> {
                            byte[] noise = new byte[1 + rnd.nextInt(5_000)];
                            rnd.nextBytes(noise);
                            yield noise;
                        }
                        case 4 -> han(rnd, MAX_CONTENT / 2).getBytes(StandardCharsets.UTF_8);
                        default ->
                                ("标题" + han(rnd, 4) + "\n" + han(rnd, 100))
                                        .getBytes(
                                                pick(
                                                        rnd,
                                                        StandardCharsets.UTF_8,
                                                        StandardCharsets.UTF_16LE,
                                                        java.nio.charset.Charset.forName(
                                                                "GB18030")));
                    };
            body.writeBytes(
                    ("--"
                                    + boundary
                                    + "\r\nContent-Disposition: form-data; name=\""
                                    + pick(rnd, "file", "file", "file", "upload", "")
                                    + "\"; filename=\""
                                    + name
                                    + "\"\r\n"
                                    + (type.isEmpty() ? "" : "Content-Type: " + type + "\r\n")
                                    + "\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < parts; i++) {
            String field =
                    pick(
                            rnd,
                            "format",
                            "source",
                            "url",
                            "externalId",
                            "publishedAt",
                            "file",
                            "content",
                            "\"");
            body.writeBytes(
                    ("--"
                                    + boundary
                                    + "\r\nContent-Disposition: form-data; name=\""
                                    + field
                                    + "\"\r\n\r\n"
                                    + pick(
                                            rnd,
                                            "html",
                                            "人民日报",
                                            "2024-02-30",
                                            "x".repeat(5_000),
                                            "\u0000",
                                            "")
                                    + "\r\n")
                            .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = body.toByteArray();
        String header = "multipart/form-data; boundary=" + boundary;
        switch (rnd.nextInt(6)) {
            case 0 -> {
                kind = "multipart-truncated";
                bytes = java.util.Arrays.copyOf(bytes, rnd.nextInt(bytes.length));
            }
            case 1 -> {
                kind = "multipart-wrong-boundary";
                header =
                        "multipart/form-data; boundary="
                                + pick(rnd, "other", "", "\"", "-".repeat(200));
            }
            case 2 -> {
                kind = "multipart-no-boundary";
                header = "multipart/form-data";
            }
            default -> {
                // well-formed envelope, odd parts
            }
        }
        return new Input(kind, "POST", ARTICLES, List.of("Content-Type", header), bytes, null);
    }

    private Input batch(Random rnd) {
        boolean ndjson = rnd.nextBoolean();
        List<String> items = new ArrayList<>();
        int n = rnd.nextInt(8) == 0 ? 500 + rnd.nextInt(3_000) : rnd.nextInt(12);
        for (int i = 0; i < n; i++) {
            items.add(
                    switch (rnd.nextInt(10)) {
                        case 0 -> articleJson(rnd);
                        case 1 -> "{}";
                        case 2 -> "null";
                        case 3 -> "[" + articleJson(rnd) + "]";
                        case 4 -> "{\"content\":" + wrongValue(rnd) + "}";
                        case 5 -> "\"text\"";
                        case 6 -> "{\"content\":\"x\"";
                        case 7 -> "";
                        // Bodies stay under Tomcat's 2 MB max-swallow-size: past it the container
                        // resets the connection after its 413 instead of reading the rest.
                        case 8 ->
                                "{\"content\":"
                                        + quote("x".repeat(rnd.nextInt(n > 20 ? 300 : MAX_CONTENT)))
                                        + "}";
                        default -> "{\"content\":\"\",\"source\":1}";
                    });
        }
        String body =
                ndjson
                        ? String.join(pick(rnd, "\n", "\r\n", "\n\n"), items)
                        : pick(rnd, "[", "[", "{", "")
                                + String.join(",", items)
                                + pick(rnd, "]", "]", "", "]]");
        String type =
                ndjson ? pick(rnd, "application/x-ndjson", "application/json") : "application/json";
        return new Input(
                ndjson ? "batch-ndjson" : "batch-array",
                "POST",
                BATCH,
                List.of("Content-Type", type),
                body.getBytes(StandardCharsets.UTF_8),
                null);
    }

    private Input oddHeaders(Random rnd) {
        List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json"));
        String kind;
        switch (rnd.nextInt(8)) {
            case 0 -> {
                kind = "accept";
                headers.addAll(
                        List.of(
                                "Accept",
                                pick(
                                        rnd,
                                        "application/xml",
                                        "text/html",
                                        "image/png",
                                        "*/*;q=abc",
                                        "application/json;q=0",
                                        "text/event-stream",
                                        ";;",
                                        "application/problem+xml")));
            }
            case 1 -> {
                kind = "content-encoding";
                headers.addAll(
                        List.of(
                                "Content-Encoding",
                                pick(rnd, "gzip", "deflate", "br", "identity, gzip", "bogus")));
            }
            case 2 -> {
                kind = "request-id";
                headers.addAll(
                        List.of(
                                "X-Request-Id",
                                pick(
                                        rnd,
                                        "x".repeat(4_000),
                                        "\u00e9\u00e8",
                                        "",
                                        "a b c",
                                        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")));
            }
            case 3 -> {
                kind = "traceparent";
                headers.addAll(
                        List.of(
                                "traceparent",
                                pick(
                                        rnd,
                                        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
                                        "garbage",
                                        "ff-" + "0".repeat(32) + "-" + "0".repeat(16) + "-00",
                                        "00-" + "z".repeat(32) + "-" + "1".repeat(16) + "-01")));
            }
            case 4 -> {
                kind = "huge-header";
                headers.addAll(List.of("X-Fuzz", "h".repeat(9_000 + rnd.nextInt(60_000))));
            }
            case 5 -> {
                kind = "many-headers";
                for (int i = 0; i < 100 + rnd.nextInt(200); i++)
                    headers.addAll(List.of("X-Fuzz-" + i, "v" + i));
            }
            case 6 -> {
                kind = "duplicate-content-type";
                headers.addAll(
                        List.of(
                                "Content-Type",
                                pick(rnd, "text/plain", "application/json", "application/xml")));
            }
            default -> {
                kind = "accept-charset";
                headers.addAll(
                        List.of("Accept-Charset", pick(rnd, "bogus", "utf-32", "iso-8859-1;q=0")));
            }
        }
        return new Input(
                "header-" + kind,
                "POST",
                rnd.nextInt(4) == 0 ? BATCH : ARTICLES,
                headers,
                articleJson(rnd).getBytes(StandardCharsets.UTF_8),
                null);
    }

    private Input methodsAndPaths(Random rnd) {
        String method = pick(rnd, "GET", "PUT", "PATCH", "DELETE", "OPTIONS", "POST", "FUZZ");
        String path =
                pick(
                        rnd,
                        ARTICLES,
                        BATCH,
                        ARTICLES + "/",
                        ARTICLES + "//batch",
                        ARTICLES + "/%2e%2e/%2e%2e",
                        ARTICLES + "/x/status",
                        ARTICLES + "/" + "a".repeat(5_000) + "/status",
                        ARTICLES + "/%00/status",
                        ARTICLES + "/%ff%fe/status",
                        ARTICLES + "/..%2f..%2f/status",
                        ARTICLES + "/;jsessionid=x",
                        ARTICLES + "?content=x&content=y",
                        "/api/v1/feeds/%20",
                        "/api/v1/feeds");
        return new Input(
                "method-path",
                method,
                path,
                List.of("Content-Type", "application/json"),
                articleJson(rnd).getBytes(StandardCharsets.UTF_8),
                null);
    }

    private Input raw(Random rnd) {
        byte[] article = articleJson(rnd).getBytes(StandardCharsets.UTF_8);
        Function<String, byte[]> head = h -> h.getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String kind;
        switch (rnd.nextInt(6)) {
            case 0 -> {
                kind = "raw-short-body"; // declares more than it sends, then closes
                out.writeBytes(
                        head.apply(
                                "POST "
                                        + pick(rnd, ARTICLES, BATCH)
                                        + " HTTP/1.1\r\n"
                                        + "Host: x\r\n"
                                        + "Content-Type: application/json\r\n"
                                        + "Connection: close\r\n"
                                        + "Content-Length: "
                                        + (article.length + 1 + rnd.nextInt(1000))
                                        + "\r\n\r\n"));
                out.writeBytes(article);
            }
            case 1 -> {
                kind = "raw-two-lengths";
                out.writeBytes(
                        head.apply(
                                "POST "
                                        + ARTICLES
                                        + " HTTP/1.1\r\n"
                                        + "Host: x\r\n"
                                        + "Content-Type: application/json\r\n"
                                        + "Connection: close\r\n"
                                        + "Content-Length: "
                                        + article.length
                                        + "\r\nContent-Length: 3\r\n\r\n"));
                out.writeBytes(article);
            }
            case 2 -> {
                kind = "raw-bad-chunks";
                out.writeBytes(
                        head.apply(
                                "POST "
                                        + ARTICLES
                                        + " HTTP/1.1\r\n"
                                        + "Host: x\r\n"
                                        + "Content-Type: application/json\r\n"
                                        + "Connection: close\r\n"
                                        + "Transfer-Encoding: chunked\r\n\r\n"
                                        + pick(
                                                rnd,
                                                "zz\r\n",
                                                "5\r\n{\"con\r\n",
                                                "FFFFFFFFFFFFFFFF\r\n{",
                                                "3\r\n{}\r\n0\r\n")));
            }
            case 3 -> {
                kind = "raw-bad-request-line";
                out.writeBytes(
                        head.apply(
                                pick(
                                        rnd,
                                        "POST\r\n\r\n",
                                        "POST /api/v1/articles HTTP/9.9\r\nHost: x\r\n\r\n",
                                        "\u0000\u0001\u0002\r\n\r\n",
                                        "POST /api/v1/articles\u00ff HTTP/1.1\r\nHost: x\r\n\r\n",
                                        "GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n")));
            }
            case 4 -> {
                kind = "raw-chunked-and-length";
                out.writeBytes(
                        head.apply(
                                "POST "
                                        + ARTICLES
                                        + " HTTP/1.1\r\n"
                                        + "Host: x\r\n"
                                        + "Content-Type: application/json\r\n"
                                        + "Connection: close\r\n"
                                        + "Content-Length: 5\r\n"
                                        + "Transfer-Encoding: chunked\r\n\r\n"
                                        + Integer.toHexString(article.length)
                                        + "\r\n"));
                out.writeBytes(article);
                out.writeBytes(head.apply("\r\n0\r\n\r\n"));
            }
            default -> {
                kind = "raw-huge-declared-length";
                out.writeBytes(
                        head.apply(
                                "POST "
                                        + ARTICLES
                                        + " HTTP/1.1\r\n"
                                        + "Host: x\r\n"
                                        + "Content-Type: application/json\r\n"
                                        + "Connection: close\r\n"
                                        + "Content-Length: "
                                        + pick(
                                                rnd,
                                                "99999999999",
                                                "-1",
                                                "abc",
                                                "1e3",
                                                "9223372036854775808")
                                        + "\r\n\r\n"));
                out.writeBytes(article);
            }
        }
        return new Input(kind, "RAW", "-", List.of(), new byte[0], out.toByteArray());
    }
}

package dev.ipwire.search.alerts;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Posts one delivery attempt to a webhook: the JSON body as fixed when the match was found, signed
 * ({@code X-IPWire-Signature}), with the delivery id (the same on every attempt, for receivers to
 * drop duplicates), the time of this attempt and its number. Redirects are not followed: the signed
 * body goes to the address the alert names or nowhere; and that address is checked by {@link
 * WebhookTargets} before every attempt.
 */
@Component
class WebhookSender {

    static final String DELIVERY_HEADER = "X-IPWire-Delivery";
    static final String TIMESTAMP_HEADER = "X-IPWire-Timestamp";
    static final String ATTEMPT_HEADER = "X-IPWire-Attempt";
    static final String USER_AGENT = "IPWire-Alerts/1";

    /** How much of a refusal's body is kept, for the failure record. */
    static final int BODY_START_BYTES = 300;

    /**
     * What the webhook answered.
     *
     * @param status HTTP status
     * @param bodyStart the start of the body of a non-2xx answer, else null
     */
    record Answer(int status, String bodyStart) {

        boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient http;
    private final Duration requestTimeout;
    private final Clock clock;
    private final WebhookTargets targets;

    @Autowired
    WebhookSender(AlertProperties properties, WebhookTargets targets) {
        this(properties.delivery(), Clock.systemUTC(), targets);
    }

    /** For tests with local receivers: every target allowed. */
    WebhookSender(AlertProperties.Delivery delivery, Clock clock) {
        this(delivery, clock, WebhookTargets.allowingAll());
    }

    WebhookSender(AlertProperties.Delivery delivery, Clock clock, WebhookTargets targets) {
        this.http =
                HttpClient.newBuilder()
                        .connectTimeout(delivery.connectTimeout())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
        this.requestTimeout = delivery.requestTimeout();
        this.clock = clock;
        this.targets = targets;
    }

    /**
     * Posts {@code payload} to {@code webhook}.
     *
     * @throws WebhookTargets.RefusedTargetException when the host now resolves to a non-public
     *     address (checked again at every attempt: DNS may have changed since the alert was made)
     * @throws IOException when there is no answer (connection refused, timeout…)
     */
    Answer post(String webhook, String secret, String deliveryId, int attempt, String payload)
            throws IOException, InterruptedException {
        targets.check(URI.create(webhook));
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(webhook))
                        .timeout(requestTimeout)
                        .header("Content-Type", "application/json; charset=utf-8")
                        .header("User-Agent", USER_AGENT)
                        .header(WebhookSignature.HEADER, WebhookSignature.of(body, secret))
                        .header(DELIVERY_HEADER, deliveryId)
                        .header(TIMESTAMP_HEADER, Long.toString(clock.instant().getEpochSecond()))
                        .header(ATTEMPT_HEADER, Integer.toString(attempt))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build();
        HttpResponse<InputStream> response =
                http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            Answer answer = new Answer(response.statusCode(), null);
            if (answer.accepted()) {
                return answer;
            }
            String start =
                    new String(in.readNBytes(BODY_START_BYTES), StandardCharsets.UTF_8).strip();
            return new Answer(response.statusCode(), start);
        }
    }
}

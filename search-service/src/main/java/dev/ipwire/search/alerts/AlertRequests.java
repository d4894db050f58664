package dev.ipwire.search.alerts;

import dev.ipwire.contracts.Topic;
import dev.ipwire.search.query.ParsedQuery;
import dev.ipwire.search.query.QueryParser;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the body of {@code POST /api/v1/alerts} and checks it, collecting every mistake so that one
 * answer says everything to fix. The rules of the search API apply to {@code q} and the filters.
 */
public final class AlertRequests {

    static final List<String> FIELDS = List.of("q", "filters", "webhook", "name", "secret");
    static final List<String> FILTERS =
            List.of("topic", "region", "person", "place", "organization", "source", "from", "to");
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_FILTER_LENGTH = 200;
    static final int MAX_WEBHOOK_LENGTH = 2000;

    /** A shorter secret would make the signature easy to forge by guessing it. */
    static final int MIN_SECRET_LENGTH = 16;

    static final int MAX_SECRET_LENGTH = 256;

    private final JsonMapper json;
    private final int maxQueryLength;
    private final WebhookTargets targets;

    /** Requests whose webhooks must pass {@code targets} (public addresses unless allowed). */
    public AlertRequests(JsonMapper json, int maxQueryLength, WebhookTargets targets) {
        this.json = json;
        this.maxQueryLength = maxQueryLength;
        this.targets = targets;
    }

    /**
     * The alert {@code body} asks for.
     *
     * @throws InvalidAlertException listing every problem found
     */
    public NewAlert read(byte[] body) {
        if (body == null || new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw invalid(
                    "the body is empty; send a JSON object such as {\"q\": \"地理标志\","
                            + " \"webhook\": \"https://example.org/hook\"}");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw invalid(
                    "the body is not valid JSON (" + e.getOriginalMessage() + locationOf(e) + ")");
        }
        if (root == null || !root.isObject()) {
            throw invalid("the body must be a JSON object with q and/or filters, and webhook");
        }
        List<String> errors = new ArrayList<>();
        unknownFields(root, FIELDS, "", errors);
        String name = text(root, "name", "", errors);
        String webhook = text(root, "webhook", "", errors);
        String secret = text(root, "secret", "", errors);
        int beforeSearch = errors.size();
        String q = text(root, "q", "", errors);
        AlertFilters filters = filters(root.get("filters"), errors);
        // a q or filter given wrongly is reported as such, not as missing
        boolean searchReadable = errors.size() == beforeSearch;

        if (q != null && q.length() > maxQueryLength) {
            errors.add(
                    "q is "
                            + q.length()
                            + " characters long; at most "
                            + maxQueryLength
                            + " are allowed");
        }
        ParsedQuery parsed = QueryParser.parse(q);
        if (searchReadable && parsed.isEmpty() && filters.isEmpty()) {
            errors.add(
                    q == null
                            ? "give q (what to look for, as typed in the search box) or at least"
                                    + " one filter ("
                                    + String.join(", ", FILTERS)
                                    + "); an alert on everything is not allowed"
                            : "q \""
                                    + q
                                    + "\" has nothing to look for, only exclusions; add a word or"
                                    + " phrase, or a filter");
        }
        if (name != null && name.length() > MAX_NAME_LENGTH) {
            errors.add("name is longer than " + MAX_NAME_LENGTH + " characters");
        }
        checkWebhook(webhook, errors);
        if (secret != null
                && (secret.length() < MIN_SECRET_LENGTH || secret.length() > MAX_SECRET_LENGTH)) {
            errors.add(
                    "secret must be "
                            + MIN_SECRET_LENGTH
                            + " to "
                            + MAX_SECRET_LENGTH
                            + " characters long (it is "
                            + secret.length()
                            + "); or leave it out to have one generated");
        }
        if (!errors.isEmpty()) {
            throw new InvalidAlertException(errors);
        }
        return new NewAlert(name, q, filters, webhook, secret);
    }

    private AlertFilters filters(JsonNode node, List<String> errors) {
        if (node == null || node.isNull()) {
            return AlertFilters.NONE;
        }
        if (!node.isObject()) {
            errors.add(
                    "filters must be a JSON object such as {\"topic\": \"protection\", \"from\":"
                            + " \"2024-01-01\"}");
            return AlertFilters.NONE;
        }
        unknownFields(node, FILTERS, "filters.", errors);
        Map<String, String> values = new LinkedHashMap<>();
        for (String filter : FILTERS) {
            String value = text(node, filter, "filters.", errors);
            if (value != null && value.length() > MAX_FILTER_LENGTH) {
                errors.add(
                        "filters."
                                + filter
                                + " is longer than "
                                + MAX_FILTER_LENGTH
                                + " characters");
            }
            values.put(filter, value);
        }
        String topic = values.get("topic");
        if (topic != null && !Topic.NAMES.contains(topic)) {
            errors.add(
                    "filters.topic \""
                            + topic
                            + "\" is unknown; use one of "
                            + String.join(", ", Topic.NAMES));
        }
        LocalDate from = date("from", values.get("from"), errors);
        LocalDate to = date("to", values.get("to"), errors);
        if (from != null && to != null && from.isAfter(to)) {
            errors.add("filters.from (" + from + ") is after filters.to (" + to + ")");
        }
        return new AlertFilters(
                topic,
                values.get("region"),
                values.get("person"),
                values.get("place"),
                values.get("organization"),
                values.get("source"),
                from,
                to);
    }

    private void checkWebhook(String webhook, List<String> errors) {
        String example = "; e.g. https://example.org/ipwire-hook";
        if (webhook == null) {
            errors.add(
                    "webhook is required: the http or https URL matches are posted to" + example);
            return;
        }
        if (webhook.length() > MAX_WEBHOOK_LENGTH) {
            errors.add("webhook is longer than " + MAX_WEBHOOK_LENGTH + " characters");
            return;
        }
        URI uri;
        try {
            uri = new URI(webhook);
        } catch (URISyntaxException e) {
            errors.add(
                    "webhook \""
                            + webhook
                            + "\" is not a valid URL ("
                            + e.getReason()
                            + ")"
                            + example);
            return;
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !("http".equals(scheme) || "https".equals(scheme))) {
            errors.add(
                    "webhook \""
                            + webhook
                            + "\" must be an absolute URL starting with http:// or https://"
                            + example);
        } else if (uri.getHost() == null || uri.getHost().isBlank()) {
            errors.add("webhook \"" + webhook + "\" has no host name" + example);
        } else if (uri.getRawFragment() != null) {
            errors.add(
                    "webhook \""
                            + webhook
                            + "\" has a #fragment, which is never sent to the server; remove it");
        } else {
            try {
                targets.refusal(uri)
                        .ifPresent(
                                refusal ->
                                        errors.add(
                                                "webhook \""
                                                        + webhook
                                                        + "\" is refused: "
                                                        + refusal));
            } catch (UnknownHostException e) {
                errors.add(
                        "webhook \""
                                + webhook
                                + "\" names a host that could not be resolved ("
                                + uri.getHost()
                                + "); check the name");
            }
        }
    }

    private static LocalDate date(String name, String value, List<String> errors) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(
                    "filters."
                            + name
                            + " \""
                            + value
                            + "\" is not a date; use YYYY-MM-DD, e.g. 2024-01-31");
            return null;
        }
    }

    /** The stripped text of {@code field}, null when absent, null or blank. */
    private static String text(JsonNode parent, String field, String path, List<String> errors) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            errors.add(path + field + " must be a string, not " + kind(node));
            return null;
        }
        String value = node.asString().strip();
        return value.isEmpty() ? null : value;
    }

    private static void unknownFields(
            JsonNode node, List<String> known, String path, List<String> errors) {
        for (String field : node.propertyNames()) {
            if (!known.contains(field)) {
                errors.add(
                        "unknown field \""
                                + path
                                + field
                                + "\"; the fields are "
                                + String.join(", ", known.stream().map(f -> path + f).toList()));
            }
        }
    }

    private static String kind(JsonNode node) {
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "true or false";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.isObject() ? "an object" : "this";
    }

    private static String locationOf(JacksonException e) {
        return e.getLocation() == null
                ? ""
                : " at line "
                        + e.getLocation().getLineNr()
                        + ", column "
                        + e.getLocation().getColumnNr();
    }

    private static InvalidAlertException invalid(String error) {
        return new InvalidAlertException(List.of(error));
    }
}

package dev.ipwire.search.alerts;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An alert as the API shows it. The secret is shown once, in the answer to the creation that
 * generated it, and never again.
 *
 * @param id alert id
 * @param name name or null
 * @param q query or null
 * @param filters filters given
 * @param webhook where matches are posted
 * @param createdAt when it was created (ISO-8601, UTC)
 * @param secret the generated signing secret, only in the answer to its creation
 * @param deliveries how its deliveries went
 */
public record AlertView(
        String id,
        @JsonInclude(JsonInclude.Include.NON_NULL) String name,
        @JsonInclude(JsonInclude.Include.NON_NULL) String q,
        AlertFilters filters,
        String webhook,
        String createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String secret,
        DeliveryStats deliveries) {

    static AlertView of(Alert alert, DeliveryStats deliveries, boolean showSecret) {
        return new AlertView(
                alert.id(),
                alert.name(),
                alert.q(),
                alert.filters(),
                alert.webhook(),
                alert.createdAt().toString(),
                showSecret ? alert.secret() : null,
                deliveries);
    }
}

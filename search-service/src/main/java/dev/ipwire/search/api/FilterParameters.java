package dev.ipwire.search.api;

import static dev.ipwire.search.api.ApiDocumentation.FROM;
import static dev.ipwire.search.api.ApiDocumentation.ORGANIZATION;
import static dev.ipwire.search.api.ApiDocumentation.PERSON;
import static dev.ipwire.search.api.ApiDocumentation.PLACE;
import static dev.ipwire.search.api.ApiDocumentation.Q;
import static dev.ipwire.search.api.ApiDocumentation.REGION;
import static dev.ipwire.search.api.ApiDocumentation.SOURCE;
import static dev.ipwire.search.api.ApiDocumentation.TO;
import static dev.ipwire.search.api.ApiDocumentation.TOPIC;

import dev.ipwire.contracts.Topic;
import dev.ipwire.search.SearchProperties;
import dev.ipwire.search.query.SearchRequest;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The query and filters that search, trends and entity counts share, bound from the query string
 * ({@code ?q=&topic=&person=…}) as written: {@link Parameters} checks them, so every mistake is
 * refused with what is allowed rather than by the binder.
 */
record FilterParameters(
        @Parameter(description = Q) String q,
        @Parameter(
                        description = TOPIC,
                        schema =
                                @Schema(
                                        allowableValues = {
                                            Topic.PROTECTION,
                                            Topic.FINANCING,
                                            Topic.GEOGRAPHIC_INDICATION
                                        }))
                String topic,
        @Parameter(description = PERSON) String person,
        @Parameter(description = PLACE) String place,
        @Parameter(description = ORGANIZATION) String organization,
        @Parameter(description = REGION) String region,
        @Parameter(description = SOURCE) String source,
        @Parameter(description = FROM, schema = @Schema(type = "string", format = "date"))
                String from,
        @Parameter(description = TO, schema = @Schema(type = "string", format = "date"))
                String to) {

    /** The articles these select, as a search with the same parameters finds them. */
    SearchRequest toRequest(SearchProperties properties) {
        return Parameters.filters(
                properties, q, topic, person, place, organization, region, source, from, to);
    }
}

package dev.ipwire.search.api;

import static dev.ipwire.search.api.ApiDocumentation.INVALID;
import static dev.ipwire.search.api.ApiDocumentation.UNAVAILABLE;

import dev.ipwire.search.SearchProperties;
import dev.ipwire.search.query.InvalidSearchException;
import dev.ipwire.search.query.entities.EntityCounts;
import dev.ipwire.search.query.entities.EntityProperties;
import dev.ipwire.search.query.entities.EntityType;
import dev.ipwire.search.query.entities.TopEntities;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/entities}: the persons, places, organizations or regions most named by the
 * matching articles. {@code q} and the filters mean what they mean in a search.
 */
@RestController
class EntitiesController {

    private final TopEntities entities;
    private final SearchProperties searchProperties;
    private final EntityProperties properties;

    EntitiesController(
            TopEntities entities, SearchProperties searchProperties, EntityProperties properties) {
        this.entities = entities;
        this.searchProperties = searchProperties;
        this.properties = properties;
    }

    @Operation(
            summary = "Most named entities",
            description =
                    "The persons, places, organizations or regions (provinces) named by the most"
                            + " matching articles, with the number of those articles.")
    @ApiResponse(responseCode = "200", description = "Names, most named first.")
    @ApiResponse(responseCode = "400", description = INVALID)
    @ApiResponse(responseCode = "503", description = UNAVAILABLE)
    @GetMapping(path = "/api/v1/entities", produces = MediaType.APPLICATION_JSON_VALUE)
    EntityCounts entities(
            @Parameter(
                            description = "Kind of name to count.",
                            required = true,
                            schema =
                                    @Schema(
                                            allowableValues = {
                                                "person",
                                                "place",
                                                "organization",
                                                "region"
                                            }))
                    @RequestParam(required = false)
                    String type,
            @ParameterObject FilterParameters filters,
            @Parameter(
                            description = "Names to list.",
                            schema =
                                    @Schema(
                                            type = "integer",
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "10"))
                    @RequestParam(required = false)
                    String size)
            throws IOException {
        EntityType entityType = type(type);
        int names = Parameters.size(size, properties.defaultSize(), properties.maxSize());
        return entities.top(entityType, filters.toRequest(searchProperties), names);
    }

    static EntityType type(String type) {
        if (type == null || type.isBlank()) {
            throw new InvalidSearchException(
                    "type is required; use one of " + String.join(", ", EntityType.NAMES));
        }
        return EntityType.named(type);
    }
}

package dev.ipwire.search.api;

import dev.ipwire.search.SearchProperties;
import dev.ipwire.search.query.InvalidSearchException;
import dev.ipwire.search.query.SearchRequest;
import dev.ipwire.search.query.entities.EntityCounts;
import dev.ipwire.search.query.entities.EntityProperties;
import dev.ipwire.search.query.entities.EntityType;
import dev.ipwire.search.query.entities.TopEntities;
import java.io.IOException;
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

    @GetMapping(path = "/api/v1/entities", produces = MediaType.APPLICATION_JSON_VALUE)
    EntityCounts entities(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String person,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String organization,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String size)
            throws IOException {
        EntityType entityType = type(type);
        int names = Parameters.size(size, properties.defaultSize(), properties.maxSize());
        SearchRequest filters =
                Parameters.filters(
                        searchProperties,
                        q,
                        topic,
                        person,
                        place,
                        organization,
                        region,
                        source,
                        from,
                        to);
        return entities.top(entityType, filters, names);
    }

    static EntityType type(String type) {
        if (type == null || type.isBlank()) {
            throw new InvalidSearchException(
                    "type is required; use one of " + String.join(", ", EntityType.NAMES));
        }
        return EntityType.named(type);
    }
}

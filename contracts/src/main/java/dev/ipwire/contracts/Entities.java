package dev.ipwire.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The persons, places and organizations of an article. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Entities(List<Entity> person, List<Entity> place, List<Entity> organization) {

    public Entities {
        person = Lists.orEmpty(person);
        place = Lists.orEmpty(place);
        organization = Lists.orEmpty(organization);
    }

    /** No entities at all. */
    public static Entities none() {
        return new Entities(List.of(), List.of(), List.of());
    }
}

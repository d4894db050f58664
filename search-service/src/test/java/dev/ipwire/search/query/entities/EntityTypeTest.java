package dev.ipwire.search.query.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ipwire.search.query.InvalidSearchException;
import org.junit.jupiter.api.Test;

class EntityTypeTest {

    @Test
    void eachTypeCountsItsOwnIndexField() {
        assertThat(EntityType.named("person").field()).isEqualTo("persons");
        assertThat(EntityType.named("place").field()).isEqualTo("places");
        assertThat(EntityType.named("Organization").field()).isEqualTo("organizations");
        assertThat(EntityType.named("region").field()).isEqualTo("regions");
    }

    @Test
    void anUnknownTypeIsRefusedListingTheAllowedOnes() {
        assertThatThrownBy(() -> EntityType.named("persons"))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessage(
                        "type \"persons\" is unknown; use one of person, place, organization,"
                                + " region");
    }
}

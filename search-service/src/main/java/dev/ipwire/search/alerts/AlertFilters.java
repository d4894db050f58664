package dev.ipwire.search.alerts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * The filters of a saved search, with the meaning of the search API's parameters of the same names.
 * Null means "not filtered".
 *
 * @param topic topic name
 * @param region province
 * @param person person (normalized name)
 * @param place place (normalized name)
 * @param organization organization (normalized name)
 * @param source outlet
 * @param from earliest publication date, inclusive
 * @param to latest publication date, inclusive
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertFilters(
        String topic,
        String region,
        String person,
        String place,
        String organization,
        String source,
        LocalDate from,
        LocalDate to) {

    public static final AlertFilters NONE =
            new AlertFilters(null, null, null, null, null, null, null, null);

    /** No filter given. */
    @JsonIgnore
    public boolean isEmpty() {
        return equals(NONE);
    }
}

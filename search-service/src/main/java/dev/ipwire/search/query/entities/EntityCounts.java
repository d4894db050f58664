package dev.ipwire.search.query.entities;

import dev.ipwire.search.query.SearchResult.FacetValue;
import java.util.List;

/**
 * The most mentioned names of one type.
 *
 * @param type {@code person}, {@code place}, {@code organization} or {@code region}
 * @param total articles that match {@code q} and the filters
 * @param entities normalized names with the number of those articles naming them, most first
 */
public record EntityCounts(String type, long total, List<FacetValue> entities) {}

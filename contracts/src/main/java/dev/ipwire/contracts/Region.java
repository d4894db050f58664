package dev.ipwire.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An administrative region an article is about, normalized for faceting.
 *
 * @param name normalized full name of the region (e.g. 南宁市)
 * @param code GB/T 2260 administrative division code, when known
 * @param province normalized name of the province it belongs to (itself for a province)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Region(String name, String code, String province) {}

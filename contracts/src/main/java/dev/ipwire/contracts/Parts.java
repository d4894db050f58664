package dev.ipwire.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Position of an article that was split out of a compilation (a booklet of several articles).
 *
 * @param parentId id of the compilation document
 * @param index 1-based position of this article in the compilation
 * @param count number of articles the compilation was split into
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Parts(String parentId, int index, int count) {}

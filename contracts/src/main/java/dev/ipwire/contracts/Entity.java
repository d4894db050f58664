package dev.ipwire.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A named entity found in an article.
 *
 * @param text the surface form as written in the article (繁體 stays 繁體)
 * @param normalized the canonical name (simplified; full official name for known short forms)
 * @param mentions how often it occurs in the article
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Entity(String text, String normalized, int mentions) {}

package dev.ipwire.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Where an article came from.
 *
 * @param name the outlet (媒体), e.g. 新华社; null when unknown
 * @param url the article's address when it came from the web
 * @param feed the feed or drop folder it was collected from, if any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Source(String name, String url, String feed) {

    /** A source known only by its outlet name. */
    public static Source named(String name) {
        return new Source(name, null, null);
    }
}

package dev.ipwire.search.query.suggest;

import java.util.List;

/**
 * Completions for the editor's query box.
 *
 * @param suggestions best first
 */
public record SuggestResult(List<Suggestion> suggestions) {

    /**
     * One completion.
     *
     * @param text what to put in the query box: a name as normalized, or a headline as printed
     * @param kind {@code person}, {@code organization}, {@code place} or {@code title}
     */
    public record Suggestion(String text, String kind) {}
}

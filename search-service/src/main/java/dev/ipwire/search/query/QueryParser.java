package dev.ipwire.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the editor's query syntax: words separated by spaces, phrases in quotes ({@code "…"},
 * {@code “…”} or {@code 「…」}), exclusions with a leading minus ({@code -广告}). Nothing else is
 * syntax: every other character is text, and no part of the query ever reaches Elasticsearch as
 * query DSL or query-string syntax.
 */
public final class QueryParser {

    private static final Pattern TOKEN =
            Pattern.compile("(-?)(?:\"([^\"]*)\"|“([^”]*)”|「([^」]*)」|([^\\s\"“”「」]+))");

    private QueryParser() {}

    public static ParsedQuery parse(String q) {
        List<String> terms = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> exclusions = new ArrayList<>();
        if (q == null) {
            return new ParsedQuery(terms, phrases, exclusions);
        }
        String text = q.replace('\u3000', ' ').strip();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            boolean excluded = !matcher.group(1).isEmpty();
            String quoted = firstNonNull(matcher.group(2), matcher.group(3), matcher.group(4));
            String value = (quoted != null ? quoted : matcher.group(5)).strip();
            if (value.isEmpty() || value.equals("-")) {
                continue;
            }
            if (excluded) {
                exclusions.add(value);
            } else {
                terms.add(value);
                if (quoted != null) {
                    phrases.add(value);
                }
            }
        }
        return new ParsedQuery(List.copyOf(terms), List.copyOf(phrases), List.copyOf(exclusions));
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}

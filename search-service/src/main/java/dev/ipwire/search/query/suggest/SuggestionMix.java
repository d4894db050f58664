package dev.ipwire.search.query.suggest;

import dev.ipwire.search.query.suggest.SuggestResult.Suggestion;
import dev.ipwire.search.text.ChineseFolding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Orders and mixes completions: names that start with the prefix first (most mentioned first), then
 * headlines that contain it (those starting with it first); each kind keeps at least half of the
 * places when the other has enough to fill them.
 */
final class SuggestionMix {

    /** Kinds of names, in the order they are preferred at equal counts. */
    static final List<String> NAME_KINDS = List.of("person", "organization", "place");

    /**
     * A name that starts with the prefix.
     *
     * @param text normalized name
     * @param kind person, organization or place
     * @param articles how many articles name it
     */
    record Name(String text, String kind, long articles) {}

    private SuggestionMix() {}

    /**
     * @param folded the prefix folded to simplified characters
     * @param names names from the index, in any order
     * @param titles headlines from the index, best match first
     * @param max most completions
     */
    static List<Suggestion> mix(String folded, List<Name> names, List<String> titles, int max) {
        List<Suggestion> nameSuggestions =
                names.stream()
                        .sorted(
                                Comparator.comparingLong(Name::articles)
                                        .reversed()
                                        .thenComparingInt(n -> n.text().length())
                                        .thenComparingInt(n -> NAME_KINDS.indexOf(n.kind()))
                                        .thenComparing(Name::text))
                        .map(n -> new Suggestion(n.text(), n.kind()))
                        .distinct()
                        .toList();
        List<Suggestion> titleSuggestions = titles(folded, titles);
        int nameQuota =
                Math.min(
                        nameSuggestions.size(),
                        Math.max(max - titleSuggestions.size(), (max + 1) / 2));
        int titleQuota = Math.min(titleSuggestions.size(), max - nameQuota);
        List<Suggestion> mixed = new ArrayList<>(nameSuggestions.subList(0, nameQuota));
        mixed.addAll(titleSuggestions.subList(0, titleQuota));
        return mixed;
    }

    /**
     * Distinct headlines (繁體 and 简体 forms of one are one), those starting with the prefix first.
     */
    private static List<Suggestion> titles(String folded, List<String> titles) {
        String prefix = folded.toLowerCase(Locale.ROOT);
        Set<String> seen = new HashSet<>();
        List<String> starting = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        for (String title : titles) {
            if (title == null || title.isBlank()) {
                continue;
            }
            String key = ChineseFolding.simplified(title.strip()).toLowerCase(Locale.ROOT);
            if (seen.add(key)) {
                (key.startsWith(prefix) ? starting : containing).add(title.strip());
            }
        }
        List<Suggestion> suggestions = new ArrayList<>();
        starting.forEach(t -> suggestions.add(new Suggestion(t, "title")));
        containing.forEach(t -> suggestions.add(new Suggestion(t, "title")));
        return suggestions;
    }

    /**
     * A Lucene regular expression for values starting with {@code prefix}: letters and digits as
     * they are (ASCII letters in either case), everything else escaped, so nothing typed is syntax.
     */
    static String startsWith(String prefix) {
        StringBuilder regex = new StringBuilder();
        prefix.codePoints()
                .forEach(
                        c -> {
                            if (c < 128 && Character.isLetter(c)) {
                                regex.append('[')
                                        .appendCodePoint(Character.toLowerCase(c))
                                        .appendCodePoint(Character.toUpperCase(c))
                                        .append(']');
                            } else if (Character.isLetterOrDigit(c)) {
                                regex.appendCodePoint(c);
                            } else {
                                regex.append('\\').appendCodePoint(c);
                            }
                        });
        return regex.append(".*").toString();
    }
}

package dev.ipwire.ingest.parsing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML front matter ({@code ---} … {@code ---}) at the top of a Markdown or HTML document.
 *
 * <p>Every scalar is read as a string: dates such as {@code 2021-06-30 09:12:00 +0800} must keep
 * their written form (and offset), not become a {@code java.util.Date} in UTC.
 *
 * @param fields top-level keys, lower-cased; lists are kept as lists of strings
 * @param body the document after the closing {@code ---}
 */
public record FrontMatter(Map<String, Object> fields, String body) {

    private static final Pattern BLOCK =
            Pattern.compile(
                    "\\A\\uFEFF?\\s*---[ \\t]*\\r?\\n(.*?)\\r?\\n---[ \\t]*(?:\\r?\\n|\\z)",
                    Pattern.DOTALL);

    /** Front matter larger than this is not front matter but a document that starts with a rule. */
    private static final int MAX_FRONT_MATTER_CHARS = 16 * 1024;

    /** Splits front matter off {@code text}; a document without valid front matter has none. */
    public static FrontMatter split(String text) {
        Matcher matcher = BLOCK.matcher(text);
        if (!matcher.find() || matcher.group(1).length() > MAX_FRONT_MATTER_CHARS) {
            return new FrontMatter(Map.of(), text);
        }
        Map<String, Object> fields = parseYaml(matcher.group(1));
        if (fields == null) {
            return new FrontMatter(Map.of(), text);
        }
        return new FrontMatter(fields, text.substring(matcher.end()));
    }

    private static Map<String, Object> parseYaml(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_FRONT_MATTER_CHARS);
        Yaml parser =
                new Yaml(
                        new SafeConstructor(options),
                        new Representer(new DumperOptions()),
                        new DumperOptions(),
                        options,
                        new StringsOnlyResolver());
        try {
            Object loaded = parser.load(yaml);
            if (!(loaded instanceof Map<?, ?> map)) {
                return null;
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach(
                    (key, value) -> {
                        if (key != null && value != null) {
                            fields.put(
                                    key.toString().trim().toLowerCase(java.util.Locale.ROOT),
                                    simplify(value));
                        }
                    });
            return fields;
        } catch (YAMLException e) {
            return null;
        }
    }

    private static Object simplify(Object value) {
        if (value instanceof Collection<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                if (item != null && !item.toString().isBlank()) {
                    items.add(item.toString().trim());
                }
            }
            return items;
        }
        return value.toString().trim();
    }

    /** A scalar field, or null; for a list field, its first item. */
    public String text(String key) {
        Object value = fields.get(key);
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : list.getFirst().toString();
        }
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /** A list field (a scalar reads as a one-item list, comma-separated scalars are split). */
    public List<String> list(String key) {
        Object value = fields.get(key);
        if (value instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        if (value == null || value.toString().isBlank()) {
            return List.of();
        }
        return List.of(value.toString().split("\\s*[,，]\\s*"));
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** Resolves no implicit types: every scalar stays the string that was written. */
    private static final class StringsOnlyResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // none: no booleans, numbers or timestamps
        }
    }
}

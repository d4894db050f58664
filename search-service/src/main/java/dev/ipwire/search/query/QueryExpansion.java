package dev.ipwire.search.query;

import dev.ipwire.search.text.ChineseFolding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Other ways of writing what an editor typed: domain synonyms ({@code ipwire/search/synonyms.txt},
 * 地标产品 → 地理标志产品) and organization short forms both ways ({@code ipwire/lexicon/org-aliases.tsv},
 * shared with nlp-service: 国知局 ⇄ 国家知识产权局). Applied at query time, so changing a list needs no
 * re-indexing; {@link #version()} names both lists' versions.
 */
@Component
public class QueryExpansion {

    static final String SYNONYMS = "/ipwire/search/synonyms.txt";
    static final String ORGANIZATION_ALIASES = "/ipwire/lexicon/org-aliases.tsv";

    private static final Pattern VERSION = Pattern.compile("^#\\s*version\\s+(\\S+)");

    private final Map<String, Set<String>> alternatives = new LinkedHashMap<>();
    private final String version;

    public QueryExpansion() {
        this(SYNONYMS, ORGANIZATION_ALIASES);
    }

    QueryExpansion(String synonyms, String aliases) {
        String synonymsVersion = "0";
        for (String line : lines(synonyms)) {
            Matcher version = VERSION.matcher(line);
            if (version.find()) {
                synonymsVersion = version.group(1);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                addSynonymLine(line);
            }
        }
        String aliasesVersion = "0";
        for (String line : lines(aliases)) {
            Matcher version = VERSION.matcher(line);
            if (version.find()) {
                aliasesVersion = version.group(1);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                String[] fields = line.split("\t");
                if (fields.length >= 2 && !fields[0].strip().equals(fields[1].strip())) {
                    equivalent(List.of(fields[0].strip(), fields[1].strip()));
                }
            }
        }
        this.version = "synonyms." + synonymsVersion + "+org-aliases." + aliasesVersion;
    }

    /** The other ways of writing {@code term} (folded to simplified), without the term itself. */
    public List<String> alternatives(String term) {
        return List.copyOf(
                alternatives.getOrDefault(ChineseFolding.simplified(term.strip()), Set.of()));
    }

    /** The versions of the lists in use, e.g. {@code synonyms.1+org-aliases.2}. */
    public String version() {
        return version;
    }

    private void addSynonymLine(String line) {
        int arrow = line.indexOf("=>");
        if (arrow >= 0) {
            List<String> from = words(line.substring(0, arrow));
            List<String> to = words(line.substring(arrow + 2));
            for (String word : from) {
                to.stream().filter(other -> !other.equals(word)).forEach(other -> add(word, other));
            }
        } else {
            equivalent(words(line));
        }
    }

    private void equivalent(List<String> group) {
        for (String word : group) {
            for (String other : group) {
                if (!other.equals(word)) {
                    add(word, other);
                }
            }
        }
    }

    private void add(String word, String alternative) {
        alternatives
                .computeIfAbsent(ChineseFolding.simplified(word), w -> new LinkedHashSet<>())
                .add(ChineseFolding.simplified(alternative));
    }

    private static List<String> words(String list) {
        List<String> words = new ArrayList<>();
        for (String word : list.split("[,，]")) {
            if (!word.isBlank()) {
                words.add(word.strip());
            }
        }
        return words;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = QueryExpansion.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

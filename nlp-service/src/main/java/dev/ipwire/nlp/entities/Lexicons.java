package dev.ipwire.nlp.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the word lists under {@code ipwire/nlp/}: comments, a version line, optional [sections].
 */
final class Lexicons {

    private static final Pattern VERSION = Pattern.compile("^#\\s*version\\s+(\\S+)");
    private static final Pattern SECTION = Pattern.compile("^\\[(\\w+)]$");

    private Lexicons() {}

    /**
     * A resource's entries by section ("" for entries before any section); whitespace inside a line
     * separates entries unless {@code wholeLines}.
     */
    static Map<String, List<String>> sections(String resource, boolean wholeLines) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        String section = "";
        for (String line : lines(resource)) {
            Matcher header = SECTION.matcher(line);
            if (header.matches()) {
                section = header.group(1);
                continue;
            }
            List<String> entries = sections.computeIfAbsent(section, s -> new ArrayList<>());
            if (wholeLines) {
                entries.add(line);
            } else {
                entries.addAll(List.of(line.split("\\s+")));
            }
        }
        return sections;
    }

    /** The declared version of a resource ("0" when it declares none). */
    static String version(String resource) {
        try (BufferedReader reader = open(resource)) {
            for (String line; (line = reader.readLine()) != null; ) {
                Matcher matcher = VERSION.matcher(line.strip());
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
            return "0";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-blank, non-comment lines of a resource, trimmed. */
    static List<String> lines(String resource) {
        try (BufferedReader reader = open(resource)) {
            List<String> lines = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(line.stripTrailing());
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static BufferedReader open(String resource) {
        InputStream in = Lexicons.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the class path");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}

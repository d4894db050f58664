package dev.ipwire.nlp.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word list resource: one entry per line, {@code #} comments, a {@code # version N} line.
 *
 * @param name resource name, for messages and version stamps
 * @param version the list's declared version
 * @param entries the non-comment lines, trimmed
 */
public record DomainLexicon(String name, String version, List<String> entries) {

    /** The IP domain terms shared with search-service (from the contracts jar). */
    public static final String DOMAIN_TERMS = "/ipwire/lexicon/domain-terms.txt";

    private static final Pattern VERSION = Pattern.compile("^#\\s*version\\s+(\\S+)");

    /** Reads a lexicon from the class path; fails when it is missing (a build error, not input). */
    public static DomainLexicon load(String resource) {
        try (InputStream in = DomainLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "lexicon " + resource + " is not on the class path");
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String version = "0";
            List<String> entries = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.strip();
                Matcher matcher = VERSION.matcher(trimmed);
                if (matcher.find()) {
                    version = matcher.group(1);
                } else if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    entries.add(trimmed);
                }
            }
            String name =
                    resource.substring(resource.lastIndexOf('/') + 1)
                            .replaceFirst("\\.[a-z]+$", "");
            return new DomainLexicon(name, version, List.copyOf(entries));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }
}

